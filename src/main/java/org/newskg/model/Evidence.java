package org.newskg.model;

import java.util.Objects;

/**
 * Where a fact comes from: a stretch of the article text, usually one sentence.
 *
 * @param span where it lies in the article text
 * @param text its characters
 */
public record Evidence(Span span, String text) {
    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
