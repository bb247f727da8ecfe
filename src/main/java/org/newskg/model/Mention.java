package org.newskg.model;

import java.util.Objects;

/**
 * A stretch of text that names a person, organization or product.
 *
 * @param span       where it lies in the article text
 * @param surface    its characters
 * @param type       the type the recognizer assigned
 * @param confidence between 0 and 1
 * @param sentence   index of the sentence that holds it
 */
public record Mention(Span span, String surface, EntityType type, double confidence, int sentence) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0,1]");
        }
    }

    /** The same mention with another type. */
    public Mention withType(EntityType newType) {
        return new Mention(span, surface, newType, confidence, sentence);
    }
}
