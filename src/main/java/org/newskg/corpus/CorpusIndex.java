package org.newskg.corpus;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The entities and events the store holds, looked up the ways an article may name them again (by key, by acronym,
 * by the first and the last word of their names, by date and participant) in the articles' index graphs
 * ({@link IndexGraph}): each lookup is a seek in the store's indexes, so resolving an article costs what the
 * article holds, not what the store does, and nothing of the store is held in memory. The index entries of the
 * articles resolved in this run but not yet stored are kept beside it, each until its article is stored.
 * Lookups read the store inside the read transaction {@link #on} is given.
 */
final class CorpusIndex {
    /** An article resolved in this run: its article graph's name and its index entry. */
    private record Pending(String article, Graph corpus, Graph own) {
    }

    /**
     * The facts of the pending entries, each once, with how many entries hold it: one graph to search however many
     * articles are pending (searching each entry in turn made a lookup cost the number of articles in flight).
     */
    private static final class Union {
        final Graph graph = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        private final java.util.Map<Triple, Integer> held = new java.util.HashMap<>();

        void add(Graph g) {
            g.find().forEachRemaining(t -> {
                if (held.merge(t, 1, Integer::sum) == 1) graph.add(t);
            });
        }

        void remove(Graph g) {
            g.find().forEachRemaining(t -> {
                Integer n = held.get(t);
                if (n == null) return;
                if (n == 1) {
                    held.remove(t);
                    graph.delete(t);
                } else {
                    held.put(t, n - 1);
                }
            });
        }
    }

    private static final Node CORPUS = NodeFactory.createURI(IndexGraph.CORPUS);
    /** The most articles of one entity read to find whether another is named with it. */
    static final int CONTEXT_ARTICLES = 1000;

    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final Union pendingCorpus = new Union();
    private final Union pendingOwn = new Union();
    /** The articles of each entity asked of while resolving the current article. */
    private final java.util.Map<String, Set<Object>> articlesOf = new java.util.HashMap<>();
    /** What the article being resolved has said so far, searched as one more entry; null when none. */
    private Graph scratch;
    private DatasetGraph store;
    /** The store's quads as node ids, when it is TDB2: an entity's articles read without reading their names. */
    private org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable quadIds;

    /** Reads the store through {@code dsg}, which must be in a read transaction until the next call. */
    void on(DatasetGraph dsg) {
        this.store = dsg;
        this.quadIds = dsg != null && org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dsg)
                ? org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable() : null;
        articlesOf.clear();
    }

    /** Keeps an article's index entry until {@link #stored} says its graph is in the store. */
    void add(String articleGraph, IndexGraph.Entry entry) {
        Pending p = new Pending(articleGraph, entry.corpus().getGraph(), entry.own().getGraph());
        pending.add(p);
        pendingCorpus.add(p.corpus());
        pendingOwn.add(p.own());
    }

    /** Searches {@code g} too, until the next call (null: no more). */
    void scratch(Graph g) {
        this.scratch = g;
    }

    /** Forgets the entries of the articles the store now holds (the next read transaction sees them there). */
    void stored(Set<String> articleGraphs) {
        pending.removeIf(p -> {
            if (!articleGraphs.contains(p.article())) return false;
            pendingCorpus.remove(p.corpus());
            pendingOwn.remove(p.own());
            return true;
        });
    }

    /** The entity's canonical name (of its names, the least), if it has one. */
    Optional<String> canonical(String iri) {
        TreeSet<String> names = names(iri);
        return names.isEmpty() ? Optional.empty() : Optional.of(names.first());
    }

    /** The entity's names (not its aliases), in order. */
    TreeSet<String> names(String iri) {
        TreeSet<String> names = new TreeSet<>();
        objects(NodeFactory.createURI(iri), IndexGraph.NAME, o -> names.add(o.getLiteralLexicalForm()));
        return names;
    }

    boolean contains(String iri) {
        return type(iri).isPresent();
    }

    private Optional<String> type(String iri) {
        String[] type = new String[1];
        objects(NodeFactory.createURI(iri), IndexGraph.TYPE, o -> {
            if (type[0] == null || o.getURI().compareTo(type[0]) < 0) type[0] = o.getURI();
        });
        return Optional.ofNullable(type[0]);
    }

    /** The entity as the store knows it: type, every name and alias. */
    CorpusEntity entity(String iri) {
        Node e = NodeFactory.createURI(iri);
        Set<String> names = new LinkedHashSet<>();
        objects(e, IndexGraph.NAME, o -> names.add(o.getLiteralLexicalForm()));
        objects(e, IndexGraph.ALIAS, o -> names.add(o.getLiteralLexicalForm()));
        return new CorpusEntity(iri, type(iri).orElse(""), names);
    }

    /** How many of {@code others} are named in an article that names {@code iri}. */
    int sharedContext(String iri, Set<String> others) {
        Set<Object> mine = articles(iri);
        int n = 0;
        for (String o : others) {
            if (o.equals(iri)) continue;
            for (Object a : articles(o)) {
                if (mine.contains(a)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * The articles that name the entity, the first {@link #CONTEXT_ARTICLES} the store holds and those of this run,
     * remembered until the next article is resolved (the entities of one article's context are asked of again and
     * again). An entity named in more articles than that is compared by its first ones, so the cost of a shared
     * context never grows with the store.
     */
    private Set<Object> articles(String iri) {
        Set<Object> cached = articlesOf.get(iri);
        if (cached != null) return cached;
        Node e = NodeFactory.createURI(iri), in = IndexGraph.IN.asNode();
        Set<Object> out = new java.util.HashSet<>();
        // an article is in the store or pending, never both: the store's are known by node id, the pending by node
        pendingOwn.graph.find(e, in, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        Iterator<?> it = quadIds != null ? quadIds.findAsNodeIds(Node.ANY, e, in, Node.ANY)
                : store != null ? store.find(Node.ANY, e, in, Node.ANY) : java.util.Collections.emptyIterator();
        try {
            for (int k = 0; k < CONTEXT_ARTICLES && it.hasNext(); k++) {
                Object next = it.next();
                out.add(next instanceof Quad q ? q.getObject()
                        : ((org.apache.jena.atlas.lib.tuple.Tuple<?>) next).get(3));
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        articlesOf.put(iri, out);
        return out;
    }

    /**
     * The entities named in an article with {@code iri}, over its first {@link #CONTEXT_ARTICLES} stored articles,
     * with how many of those articles name each; and, under the key {@code iri} itself, how many articles that is.
     */
    java.util.Map<String, Integer> namedWith(String iri) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        Node e = NodeFactory.createURI(iri), in = IndexGraph.IN.asNode();
        java.util.List<Node> articles = new java.util.ArrayList<>();
        Iterator<Quad> it = store.find(Node.ANY, e, in, Node.ANY);
        try {
            while (articles.size() < CONTEXT_ARTICLES && it.hasNext()) articles.add(it.next().getObject());
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        for (Node a : articles) {
            store.find(Node.ANY, Node.ANY, in, a).forEachRemaining(q -> out.merge(q.getSubject().getURI(), 1, Integer::sum));
        }
        out.put(iri, articles.size());
        return out;
    }

    /** Entities of {@code type} one of whose names has this key. */
    Set<String> withKey(String key, String type) {
        return subjects(IndexGraph.KEY, IndexGraph.typed(type, key));
    }

    /** Entities of {@code type} whose name is, or abbreviates to, this acronym. */
    Set<String> withAcronym(String acronym, String type) {
        return subjects(IndexGraph.ACRONYM, IndexGraph.typed(type, acronym));
    }

    /** Entities of {@code type} one of whose names starts with this word. */
    Set<String> withFirst(String word, String type) {
        return subjects(IndexGraph.FIRST, IndexGraph.typed(type, word));
    }

    /** Entities of {@code type} one of whose names ends with this word. */
    Set<String> withLast(String word, String type) {
        return subjects(IndexGraph.LAST, IndexGraph.typed(type, word));
    }

    /** Events of this date with this participant. */
    Set<String> eventsAt(String date, String participant) {
        return subjects(IndexGraph.EVENT_AT, date + "\t" + participant);
    }

    /** What the articles that tell the event say of it: participants, label words, name words, each with its date. */
    void tellings(String event, BiConsumer<Property, String> each) {
        Node e = NodeFactory.createURI(event);
        objects(e, IndexGraph.EVENT_AT, o -> each.accept(IndexGraph.EVENT_AT, o.getLiteralLexicalForm()));
        objects(e, IndexGraph.WORD, o -> each.accept(IndexGraph.WORD, o.getLiteralLexicalForm()));
        objects(e, IndexGraph.NAME_WORD, o -> each.accept(IndexGraph.NAME_WORD, o.getLiteralLexicalForm()));
    }

    private Set<String> subjects(Property p, String literal) {
        Node o = NodeFactory.createLiteralString(literal);
        Set<String> out = new TreeSet<>();
        find(Node.ANY, p.asNode(), o, t -> out.add(t.getSubject().getURI()));
        return out;
    }

    private void objects(Node s, Property p, Consumer<Node> each) {
        find(s, p.asNode(), Node.ANY, t -> each.accept(t.getObject()));
    }

    /** Every fact of the corpus graph that matches, in the store and in this run. */
    private void find(Node s, Node p, Node o, Consumer<Triple> each) {
        if (store != null) store.find(CORPUS, s, p, o).forEachRemaining(q -> each.accept(q.asTriple()));
        pendingCorpus.graph.find(s, p, o).forEachRemaining(each);
        if (scratch != null) scratch.find(s, p, o).forEachRemaining(each);
    }
}
