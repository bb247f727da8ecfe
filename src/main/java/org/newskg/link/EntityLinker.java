package org.newskg.link;

import java.util.List;

/** Links entities to Wikidata items. */
public interface EntityLinker {
    /**
     * Links what can be linked with confidence.
     *
     * @param requests the entities, each once
     * @return the links made, at most one per entity, in request order, and the lookups that failed
     */
    LinkResult link(List<LinkRequest> requests);

    /**
     * @param links    links made
     * @param failures one message per lookup that failed (the entity is then left unlinked)
     * @param attempted how many entities were looked up
     */
    record LinkResult(List<Link> links, List<String> failures, int attempted) {
        public LinkResult {
            links = List.copyOf(links);
            failures = List.copyOf(failures);
        }
    }
}
