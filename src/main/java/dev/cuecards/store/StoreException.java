package dev.cuecards.store;

/** A database operation failed; the message says which database and what was being done. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
