package org.newskg.link;

import java.util.Objects;

/**
 * A link from a newskg entity to a Wikidata item.
 *
 * @param entity      the entity's IRI
 * @param qid         the item's QID
 * @param label       the item's English label
 * @param score       how sure the linker is, 0 to 1 (links are made only above the linker's threshold)
 * @param method      where the item was found ({@code table}, {@code wikidata-api}) and what decided it
 *                    ({@code name+type}, {@code name+type+context})
 * @param matchedName the item's label or alias that matched the entity's name
 */
public record Link(String entity, String qid, String label, double score, String method, String matchedName) {
    public Link {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(matchedName, "matchedName");
        if (score < 0 || score > 1) throw new IllegalArgumentException("score must be in [0,1]: " + score);
    }

    /** The Wikidata entity IRI. */
    public String itemIri() {
        return "http://www.wikidata.org/entity/" + qid;
    }
}
