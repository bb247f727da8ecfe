package org.newskg.error;

/** Root of every failure newskg reports; the message is meant for the user and names the file, URL or value. */
public class NewsKgException extends RuntimeException {
    public NewsKgException(String message) {
        super(message);
    }

    public NewsKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
