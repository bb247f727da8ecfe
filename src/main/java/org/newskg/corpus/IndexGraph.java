package org.newskg.corpus;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The store's corpus index: what resolution across articles looks entities and events up by, kept in the store
 * and written in the same transaction as the articles, so that a lookup is a seek in the store's indexes whatever
 * the store holds. Two parts:
 * <ul>
 *   <li>the corpus graph ({@code https://newskg.org/index/corpus}), a set of facts every article adds to, each held
 *       once however many articles give it: {@code e idx:type T}, {@code idx:name}, {@code idx:alias}; the keys a later
 *       article may name it by, literals that begin with its type ({@code e idx:key "Organization\tglobex"},
 *       {@code idx:first}, {@code idx:last}, {@code idx:acronym}; {@link CorpusKeys}); and for a dated event, {@code
 *       ev idx:eventAt "DATE\tPARTICIPANT"}, the content words of its labels ({@code ev idx:word "DATE\tword"}) and of
 *       its participants' names ({@code idx:nameWord}), each once however many articles tell it;</li>
 *   <li>an article's own entry ({@code https://newskg.org/index/ID} for {@code https://newskg.org/article/ID}),
 *       replaced with the article: {@code article idx:version "1"} and {@code e idx:in article} for every entity it
 *       names, which tells the entities named together.</li>
 * </ul>
 * Both are made from the article's final graph alone, so a store written before the index existed is indexed by
 * the same function. A name an article no longer gives when it is rebuilt stays in the corpus graph (a candidate
 * more for later joins, which still need their evidence). Exports leave the index out.
 */
public final class IndexGraph {
    /** The namespace of the index's terms. */
    public static final String NS = "https://newskg.org/index#";
    /** Where the articles' index graphs are named. */
    public static final String GRAPHS = org.newskg.store.GraphStore.INDEX_GRAPHS;
    static final Property TYPE = p("type");
    static final Property NAME = p("name");
    static final Property ALIAS = p("alias");
    static final Property KEY = p("key");
    static final Property FIRST = p("first");
    static final Property LAST = p("last");
    static final Property ACRONYM = p("acronym");
    static final Property EVENT_AT = p("eventAt");
    static final Property WORD = p("word");
    static final Property NAME_WORD = p("nameWord");
    static final Property IN = p("in");
    /** The graph of the facts every article adds to. */
    public static final String CORPUS = GRAPHS + "corpus";
    /** {@code article idx:version "1"}: the article is indexed, and how (every entry has it). */
    static final Property VERSION = p("version");
    static final String CURRENT = "1";
    private static final List<Resource> TYPES = List.of(NKG.Person, NKG.Organization, NKG.Product);

    private IndexGraph() {
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The name of the index graph of the article graph {@code articleGraph}. */
    public static String graphOf(String articleGraph) {
        return articleGraph.startsWith(Iris.ARTICLE) ? GRAPHS + articleGraph.substring(Iris.ARTICLE.length())
                : GRAPHS + Integer.toHexString(articleGraph.hashCode());
    }

    /** Whether a graph of the store is an index graph (not data: left out of exports and of the linker's reading). */
    public static boolean isIndex(String graph) {
        return org.newskg.store.GraphStore.isIndexGraph(graph);
    }

    /**
     * The dataset without its index graphs: the data an export writes. Call inside a read transaction; listing the
     * graphs reads the store's graph index once.
     */
    public static org.apache.jena.query.Dataset dataOnly(org.apache.jena.query.Dataset ds) {
        org.apache.jena.sparql.core.DatasetGraph dsg = ds.asDatasetGraph();
        List<org.apache.jena.graph.Node> visible = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.isURI() || !isIndex(g.getURI())) visible.add(g);
        });
        return org.apache.jena.query.DatasetFactory.wrap(new org.apache.jena.sparql.core.DatasetGraphFilteredView(
                dsg, q -> q.getGraph() == null || !q.getGraph().isURI() || !isIndex(q.getGraph().getURI()), visible));
    }

    /** A key literal's text: the type's local name, a tab, the key. */
    static String typed(String typeIri, String key) {
        return typeIri.substring(typeIri.lastIndexOf('#') + 1) + "\t" + key;
    }

    /** An article's part of the index: its facts for the corpus graph, and its own entry. */
    record Entry(Model corpus, Model own) {
    }

    /** The index entry of an article's final graph. */
    static Entry of(Model article, String articleIri) {
        Model out = ModelFactory.createDefaultModel();
        Model own = ModelFactory.createDefaultModel();
        Resource a = own.createResource(articleIri).addProperty(VERSION, CURRENT);
        for (Resource type : TYPES) {
            for (Resource e : article.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (!e.isURIResource()) continue;
                List<String> names = strings(e, Vocab.name), aliases = strings(e, Vocab.alternateName);
                if (names.isEmpty() && aliases.isEmpty()) continue;
                Resource x = out.createResource(e.getURI()).addProperty(TYPE, type);
                own.createResource(e.getURI()).addProperty(IN, a);
                names.forEach(n -> x.addProperty(NAME, n));
                aliases.forEach(n -> x.addProperty(ALIAS, n));
                List<String> all = new ArrayList<>(names);
                all.addAll(aliases);
                for (String name : all) keys(x, type.getURI(), name);
            }
        }
        for (Resource ev : article.listSubjectsWithProperty(RDF.type, NKG.Event).toList()) event(out, ev);
        return new Entry(out, own);
    }

    /** Adds what the article says of a dated event to an index entry. */
    static void event(Model out, Resource ev) {
        if (!ev.isURIResource()) return;
        String date = CorpusEvents.date(ev);
        Statement label = ev.getProperty(RDFS.label);
        if (date.isEmpty() || label == null) return;
        Set<String> nameWords = new TreeSet<>();
        Resource x = out.createResource(ev.getURI());
        for (Statement s : ev.listProperties(NKG.participant).toList()) {
            Resource p = s.getObject().asResource();
            if (p.isURIResource()) x.addProperty(EVENT_AT, date + "\t" + p.getURI());
            p.listProperties(Vocab.name).forEachRemaining(n -> nameWords.addAll(CorpusEvents.words(n.getString())));
        }
        for (String w : new TreeSet<>(CorpusEvents.words(label.getString()))) x.addProperty(WORD, date + "\t" + w);
        for (String w : nameWords) x.addProperty(NAME_WORD, date + "\t" + w);
    }

    private static void keys(Resource x, String type, String name) {
        List<String> tokens = CorpusKeys.bare(CorpusKeys.tokens(name));
        if (tokens.isEmpty()) return;
        x.addProperty(KEY, typed(type, String.join(" ", tokens)));
        x.addProperty(FIRST, typed(type, tokens.get(0)));
        x.addProperty(LAST, typed(type, tokens.get(tokens.size() - 1)));
        CorpusKeys.asAcronym(name).ifPresent(a -> x.addProperty(ACRONYM, typed(type, a)));
        CorpusKeys.acronyms(name).forEach(a -> x.addProperty(ACRONYM, typed(type, a)));
    }

    private static List<String> strings(Resource e, Property p) {
        List<String> out = new ArrayList<>();
        e.listProperties(p).forEachRemaining(s -> out.add(s.getString()));
        Collections.sort(out);
        return out;
    }
}
