package org.newskg.error;

/** The graph store could not be opened, read or written. */
public class StoreException extends NewsKgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
