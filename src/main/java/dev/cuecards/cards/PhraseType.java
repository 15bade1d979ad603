package dev.cuecards.cards;

/** What kind of thing a key phrase is; distractors for a choice card are of the same kind. */
enum PhraseType {
    /** A bold term or a wiki link's text. */
    TERM,
    /** The bold label of a list item: Code Freezes, Warehouse Work. */
    LABEL,
    /** Two to seven capitals, such as ECS or GPUs. */
    ACRONYM,
    /** A run of capitalised words or a word with inner capitals: Werner Vogels, TensorFlow. */
    NAME,
    /** A number with its unit: 80-byte, 40 times, $500 million, 29%. */
    NUMBER,
    /** A year or a span of years. */
    YEAR,
    /** A short formula in {@code $…$}. */
    FORMULA
}
