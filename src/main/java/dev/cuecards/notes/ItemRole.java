package dev.cuecards.notes;

import java.util.Optional;

/** What is known of a list item before its text is read: its number (0 for a bullet), lead-in and depth. */
record ItemRole(int number, Optional<String> leadIn, int depth) {

    ClaimRole plain() {
        return number == 0 ? new ClaimRole.ListItem(leadIn, depth) : new ClaimRole.NumberedStep(number, leadIn, depth);
    }

    ClaimRole withTerm(String term) {
        return new ClaimRole.TermItem(term, number == 0 ? Optional.empty() : Optional.of(number), leadIn);
    }
}
