package dev.cuecards.cli;

/** A line of an input file that cannot be used: its 1-based number in the file and why. */
record InputProblem(int line, String reason) {

    /** The usual {@code FILE:LINE: reason} form, which editors and terminals can jump to. */
    String describe(String file) {
        return file + ":" + line + ": " + reason;
    }
}
