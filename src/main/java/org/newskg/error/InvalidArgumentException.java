package org.newskg.error;

/**
 * A value the user gave is not valid: a malformed date, a query parameter the query does not take, a parameter
 * value that is neither a literal nor a well-formed IRI. The command line reports it as a usage error (exit 2).
 */
public class InvalidArgumentException extends NewsKgException {
    public InvalidArgumentException(String message) {
        super(message);
    }

    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
