package org.newskg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in an article: data, not an exception.
 *
 * @param severity how serious
 * @param span     where in the text, when it has a place
 * @param message  what is wrong
 */
public record Diagnostic(Severity severity, Optional<Span> span, String message) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
    }
}
