package org.newskg.model;

import java.util.Objects;

/**
 * A time expression found in the text with its normalized value.
 *
 * @param span     where it lies in the article text
 * @param text     its characters
 * @param value    the normalized date
 * @param relative true when it was resolved against a reference date rather than read as it stands
 */
public record TimeExpression(Span span, String text, TimeValue value, boolean relative) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }
}
