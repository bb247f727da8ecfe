package org.newskg.model;

import java.util.Objects;

/**
 * A phrase that refers to an entity without being its name: "Globex CEO" before "Jane Roe", "Initech's" in
 * "Initech's X200" read as a whole. Mapped as a mention that describes the entity.
 *
 * @param span     where the phrase lies in the article text
 * @param surface  its characters
 * @param entity   key of the entity it refers to
 * @param sentence index of the sentence that holds it
 */
public record Description(Span span, String surface, String entity, int sentence) {
    public Description {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entity, "entity");
    }
}
