package org.newskg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in the text with its normalized value.
 *
 * @param span     where it lies in the article text
 * @param text     its characters
 * @param value    the normalized date
 * @param relative true when it was resolved against a reference date rather than read as it stands
 * @param until    for a range ("2019-2021", "March to May 2024"), its last period; {@code value} is its first
 */
public record TimeExpression(Span span, String text, TimeValue value, boolean relative, Optional<TimeValue> until) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(until, "until");
    }

    /** An expression that names one period. */
    public TimeExpression(Span span, String text, TimeValue value, boolean relative) {
        this(span, text, value, relative, Optional.empty());
    }
}
