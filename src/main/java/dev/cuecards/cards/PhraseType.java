package dev.cuecards.cards;

/**
 * What kind of thing a key phrase is. The distractors of a choice card are of the answer's own kind, so a count is
 * never offered among percentages nor a month among names.
 */
enum PhraseType {
    /** A bold term, a wiki link's text or a noun phrase the note uses as a concept. */
    TERM,
    /** The bold label of a list item: Code Freezes, Warehouse Work. */
    LABEL,
    /** Two to seven capitals, such as ECS or GPUs. */
    ACRONYM,
    /** A run of capitalised words shaped like a person's name: Werner Vogels, Tim O'Reilly. */
    PERSON,
    /** Any other proper name: an organisation, a product, a place (TensorFlow, Nvidia, Kubernetes). */
    NAME,
    /** A year or a span of years: 2006, the 1990s. */
    YEAR,
    /** A day or a month, with or without its year: March 14, 2006; November. */
    DATE,
    /** 29%, ten percent. */
    PERCENT,
    /** $500 million, €20. */
    MONEY,
    /** 18 months, three weeks, 40 seconds. */
    DURATION,
    /** A number with a unit of measure: 3 nm, 80-byte, 64 GB. */
    QUANTITY,
    /** A number counting things or times: 5 competitors, 300 employees, 40 times. */
    COUNT,
    /** A bare number a sentence gives as a result: "the sum is [...]" (0). */
    VALUE,
    /** A short formula in {@code $…$}. */
    FORMULA
}
