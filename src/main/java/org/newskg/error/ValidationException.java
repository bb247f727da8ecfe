package org.newskg.error;

/** In strict mode, an article's graph does not conform to the SHACL shapes. */
public class ValidationException extends NewsKgException {
    public ValidationException(String message) {
        super(message);
    }
}
