package org.newskg.corpus;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes the articles of a store that have no corpus index entry ({@link IndexGraph}): a store written before
 * the index existed, once. Each entry is made from the stored article graph, as a build makes it, and written
 * beside it, {@link #BATCH} articles to a transaction; a store whose articles are all indexed costs one seek per
 * article.
 */
final class IndexUpgrade {
    static final int BATCH = 200;

    private IndexUpgrade() {
    }

    /** @return the articles indexed */
    static int run(GraphStore store) {
        List<String> missing = store.read(ds -> missing(ds.asDatasetGraph()));
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> part = missing.subList(from, Math.min(missing.size(), from + BATCH));
            Map<String, Model> entries = new LinkedHashMap<>();
            Model facts = ModelFactory.createDefaultModel();
            store.read(ds -> {
                for (String a : part) {
                    IndexGraph.Entry e = IndexGraph.of(ModelFactory.createDefaultModel().add(ds.getNamedModel(a)), a);
                    entries.put(IndexGraph.graphOf(a), e.own());
                    facts.add(e.corpus());
                }
                return null;
            });
            store.write(entries, Map.of(IndexGraph.CORPUS, facts));
        }
        return missing.size();
    }

    private static List<String> missing(DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        Node version = IndexGraph.VERSION.asNode();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), NKG.Article.asNode());
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().isURI() || !q.getGraph().equals(q.getSubject())) continue;
            String a = q.getGraph().getURI();
            Node entry = NodeFactory.createURI(IndexGraph.graphOf(a));
            if (!dsg.find(entry, q.getSubject(), version, Node.ANY).hasNext()) out.add(a);
        }
        return out;
    }
}
