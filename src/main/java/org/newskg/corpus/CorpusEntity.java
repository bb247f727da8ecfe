package org.newskg.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the store knows of one entity, across its articles.
 *
 * @param iri        its IRI (stable: later articles join it, never rename it)
 * @param type       its class IRI ({@code nkg:Person}, {@code nkg:Organization}, {@code nkg:Product})
 * @param names      every name and alias the articles give it
 */
record CorpusEntity(String iri, String type, Set<String> names) {
    CorpusEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        names = Set.copyOf(names);
    }

    /** The names as lists of comparison tokens ("Globex Computer, Inc." gives [globex, computer, inc]). */
    List<List<String>> tokenNames() {
        return names.stream().map(CorpusKeys::tokens).filter(t -> !t.isEmpty()).toList();
    }
}
