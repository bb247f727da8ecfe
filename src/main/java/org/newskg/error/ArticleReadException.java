package org.newskg.error;

/** An article could not be read: missing, empty, binary, too large, not valid text, or not English. */
public class ArticleReadException extends NewsKgException {
    public ArticleReadException(String message) {
        super(message);
    }

    public ArticleReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
