package org.newskg.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an entity was linked to an item, or to none: every candidate with its score, and the rule that decided.
 *
 * @param request    the entity
 * @param candidates the items found for its name, best first; items of a type the entity cannot be have score 0
 * @param winner     the item linked, if any
 * @param reason     what decided, in words ("best by 0.31", "two candidates within 0.03", …)
 */
public record LinkDecision(LinkRequest request, List<Candidate> candidates, Optional<Candidate> winner, String reason) {
    public LinkDecision {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
    }

    /**
     * One candidate item and how it scored.
     *
     * @param item    the item
     * @param score   the sum of the parts below (0 when the name or type does not fit)
     * @param matched the item's name that matched the entity's, empty when none did
     * @param parts   what the score is made of, in words ("label 1.00", "type 0.90", "sitelinks 113 +0.09", …)
     * @param context whether the articles' other entities support the item
     * @param domain  whether the item's description places it in technology or business
     */
    public record Candidate(WikidataItem item, double score, String matched, List<String> parts, boolean context,
                            boolean domain) {
        public Candidate {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(matched, "matched");
            parts = List.copyOf(parts);
        }
    }
}
