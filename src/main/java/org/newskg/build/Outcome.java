package org.newskg.build;

import org.apache.jena.rdf.model.Model;
import org.newskg.corpus.Merge;
import org.newskg.model.Extraction;
import org.newskg.rdf.GraphValidator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What became of one source of a build or a load. */
public sealed interface Outcome permits Outcome.Stored, Outcome.Unchanged, Outcome.Rejected {
    /** The file, URL, JSON Lines line or graph name the article came from. */
    String origin();

    /**
     * An article whose graph is (or, before its batch is written, will be) in the store.
     *
     * @param graphName  the article's named graph
     * @param graph      the article's graph
     * @param extraction what was extracted; empty for a graph prepared elsewhere (a load of a Spark job's parts)
     * @param violations SHACL violations; empty when the graph conforms (and for a load, which does not validate)
     * @param merges     its entities that joined entities of earlier articles (empty until it is resolved)
     */
    record Stored(String origin, String graphName, Model graph, Optional<Extraction> extraction,
                  List<GraphValidator.Violation> violations, List<Merge> merges) implements Outcome {
        public Stored {
            Objects.requireNonNull(graph, "graph");
            violations = List.copyOf(violations);
            merges = List.copyOf(merges);
        }

        /** The same article, resolved: these merges joined its entities to stored ones. */
        public Stored withMerges(List<Merge> m) {
            return new Stored(origin, graphName, graph, extraction, violations, m);
        }
    }

    /** An article the store already holds from the same bytes (a build run again, or resumed): not read again. */
    record Unchanged(String origin) implements Outcome {
    }

    /** An article that was not stored, and why (one line). */
    record Rejected(String origin, String reason) implements Outcome {
    }
}
