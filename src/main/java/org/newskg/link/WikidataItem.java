package org.newskg.link;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What newskg needs to know of one Wikidata item, in English.
 *
 * @param id          the QID, e.g. {@code Q42}
 * @param label       the English label
 * @param aliases     English aliases
 * @param extraNames  other surface names a source attaches to the item that are not Wikidata aliases (brand
 *                    names of the name-suggestion index); weaker evidence than aliases
 * @param description the English description, empty when there is none
 * @param types       P31 (instance of) values
 * @param typeLabels  English labels of {@code types} where known (may be shorter than {@code types})
 * @param claims      item-valued claims, property id to QIDs (P176 manufacturer, P178 developer, P108 employer, …)
 * @param sitelinks   how many Wikipedias have a page on the item, a measure of how well known it is; -1 when unknown
 * @param kind        a coarse type a source gives when it has no P31 ({@code organization}, {@code product}), or empty
 * @param websites    official websites (P856)
 */
public record WikidataItem(String id, String label, List<String> aliases, List<String> extraNames, String description,
                           List<String> types, List<String> typeLabels, Map<String, List<String>> claims,
                           int sitelinks, String kind, List<String> websites) {
    public WikidataItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        extraNames = List.copyOf(extraNames);
        types = List.copyOf(types);
        typeLabels = List.copyOf(typeLabels);
        claims = Map.copyOf(claims);
        websites = List.copyOf(websites);
    }

    /** An item whose popularity, coarse kind and websites are unknown. */
    public WikidataItem(String id, String label, List<String> aliases, List<String> extraNames, String description,
                        List<String> types, List<String> typeLabels, Map<String, List<String>> claims) {
        this(id, label, aliases, extraNames, description, types, typeLabels, claims, -1, "", List.of());
    }

    /** Whether the sitelink count is known. */
    public boolean popularityKnown() {
        return sitelinks >= 0;
    }

    /** The numeric part of the QID; lower numbers were created earlier and tend to be better known. */
    public long number() {
        try {
            return Long.parseLong(id.substring(1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Values of one claim, empty when the item has none. */
    public List<String> claim(String property) {
        return Optional.ofNullable(claims.get(property)).orElse(List.of());
    }

    /** The Wikidata entity IRI. */
    public String iri() {
        return "http://www.wikidata.org/entity/" + id;
    }
}
