package dev.cuecards.notes;

/** Plain-text stand-ins for HTML {@code <sup>} and {@code <sub>}: Unicode where it has the glyphs, else ^(x) / _(x). */
final class Scripts {

    private static final String PLAIN = "0123456789+-=()n";
    private static final String SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";
    private static final String SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙ";

    private Scripts() {
    }

    static String superscript(String inner) {
        return convert(inner, SUPER, "^");
    }

    static String subscript(String inner) {
        return convert(inner, SUBSCRIPT, "_");
    }

    private static String convert(String inner, String glyphs, String marker) {
        String text = inner.replaceAll("[*_]", "").strip();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int at = PLAIN.indexOf(text.charAt(i));
            if (at < 0) {
                return text.length() == 1 ? marker + text : marker + "(" + text + ")";
            }
            out.append(glyphs.charAt(at));
        }
        return out.toString();
    }
}
