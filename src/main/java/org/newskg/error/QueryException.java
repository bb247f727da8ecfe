package org.newskg.error;

/** A SPARQL query is unknown, unreadable or malformed. */
public class QueryException extends NewsKgException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
