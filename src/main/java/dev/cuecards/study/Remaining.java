package dev.cuecards.study;

/** How many cards of each kind today's queue still holds. */
public record Remaining(int newCards, int learning, int review) {

    public int total() {
        return newCards + learning + review;
    }
}
