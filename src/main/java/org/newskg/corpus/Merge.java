package org.newskg.corpus;

import java.util.Objects;

/**
 * One join of an article's entity to an entity the store already held.
 *
 * @param from     the IRI the article's own resolution gave it
 * @param into     the stored entity's IRI, which it takes
 * @param name     the article's name for it
 * @param evidence what joined them, in words ("acronym of European Aeronautic Defence and Space", …)
 * @param score    how strong that evidence is, 0 to 1
 */
public record Merge(String from, String into, String name, String evidence, double score) {
    public Merge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
    }
}
