package dev.cuecards.web;

import java.util.Optional;

/**
 * Where the background sync of the vault stands, for the home page: nothing to say while the database is in line
 * with the vault, "syncing 1,234 of 5,000 notes" while it runs, and what went wrong if it failed. Safe to update from
 * the sync's thread while pages read it.
 */
public final class SyncStatus {

    private volatile String message;
    private final java.util.concurrent.CountDownLatch firstPage = new java.util.concurrent.CountDownLatch(1);

    /** Called once a page has been served: a check waiting for it may begin. */
    public void pageServed() {
        firstPage.countDown();
    }

    /**
     * Waits until the first page has been served, or {@code millis} have passed: on two cores, reading the folder's
     * listing would otherwise slow the first page the user waits for.
     */
    public void awaitFirstPage(long millis) throws InterruptedException {
        firstPage.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** A status with nothing to report: the vault was in line at start, or is synced by someone else. */
    public static SyncStatus inLine() {
        return new SyncStatus();
    }

    public void checking() {
        message = "Checking the notes folder for changes since the last sync…";
    }

    public void reading(int files) {
        message = String.format("Reading the notes folder (%,d files) to bring the cards in line with it…", files);
    }

    public void syncing(int done, int total) {
        message = String.format("Syncing %,d of %,d notes; what is shown may change when it is done.", done, total);
    }

    public void done() {
        message = null;
    }

    public void failed(String why) {
        message = "The notes folder could not be synced: " + why + ". The cards are as they were; see the log.";
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }
}
