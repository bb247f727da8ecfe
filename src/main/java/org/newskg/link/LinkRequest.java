package org.newskg.link;

import org.newskg.model.EntityType;

import java.util.List;
import java.util.Objects;

/**
 * One entity to link, with what the articles say around it.
 *
 * @param iri        the entity's IRI in the graph
 * @param type       its newskg type
 * @param name       its full name
 * @param aliases    other names the articles use for it
 * @param neighbours entities named with it: in the same articles, its employers, its makers
 */
public record LinkRequest(String iri, EntityType type, String name, List<String> aliases, List<Neighbour> neighbours) {
    public LinkRequest {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        neighbours = List.copyOf(neighbours);
    }

    /**
     * An entity related to the one being linked.
     *
     * @param iri      its IRI
     * @param name     its name
     * @param relation how it is related
     */
    public record Neighbour(String iri, String name, Relation relation) {
        public Neighbour {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(relation, "relation");
        }
    }

    /** How a neighbour is related. */
    public enum Relation {
        /** Named in the same article. */
        SAME_ARTICLE,
        /** The person holds a role there. */
        EMPLOYER,
        /** The product's maker. */
        MAKER,
        /**
         * The organization published an article (the neighbour, by its IRI and headline): the article names it as
         * its publisher, or one of the article's authors holds a role there.
         */
        PUBLISHER
    }
}
