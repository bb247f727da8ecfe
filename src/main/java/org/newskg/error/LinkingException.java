package org.newskg.error;

/** Entity linking failed as a whole: the Wikidata table cannot be read, or the endpoint cannot be used at all. */
public class LinkingException extends NewsKgException {
    public LinkingException(String message) {
        super(message);
    }

    public LinkingException(String message, Throwable cause) {
        super(message, cause);
    }
}
