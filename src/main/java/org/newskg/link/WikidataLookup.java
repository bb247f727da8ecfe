package org.newskg.link;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Finds Wikidata items by name and fetches them by QID. */
public interface WikidataLookup {
    /**
     * QIDs of items whose English label or alias matches {@code name}, best match first, at most {@code limit};
     * an empty list when there is none.
     *
     * @throws org.newskg.error.LinkingException when the source cannot answer this question (the caller may go on)
     */
    List<String> search(String name, int limit);

    /**
     * The items with these QIDs; a QID that names no item is absent from the map.
     *
     * @throws org.newskg.error.LinkingException when the source cannot answer
     */
    Map<String, WikidataItem> items(Collection<String> ids);

    /** How this lookup finds items, recorded with every link: {@code table} or {@code wikidata-api}. */
    String method();

    /** How this lookup found the item {@code id} (for a lookup of several sources, the one that gave it). */
    default String methodOf(String id) {
        return method();
    }
}
