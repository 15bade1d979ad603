package dev.cuecards.store;

/**
 * A sync stopped between two notes because its thread was interrupted (the server stopping): the notes synced so far
 * are stored, each whole; the rest are synced at the next start, and nothing is retired on the way.
 */
public final class SyncStopped extends RuntimeException {

    SyncStopped(int done, int total) {
        super("the sync stopped after " + done + " of " + total + " changed notes; it goes on at the next start");
    }
}
