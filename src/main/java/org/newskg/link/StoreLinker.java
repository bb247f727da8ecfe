package org.newskg.link;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.model.EntityType;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryRunner;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links the entities of a store and keeps the links in their own named graph, {@link #GRAPH}: for each link
 * {@code <entity> owl:sameAs wd:Q…} and a {@code nkg:WikidataLink} with the score, the method and the matched
 * name. Relinking an entity replaces its old link; the article graphs are never touched.
 *
 * <pre>
 * try (GraphStore store = GraphStore.open(dir, false)) {
 *     StoreLinker.Report r = new StoreLinker(new WikidataLinker(lookup)).link(store, Optional.empty());
 * }
 * </pre>
 */
public final class StoreLinker {
    /** The named graph that holds every link. */
    public static final String GRAPH = "https://newskg.org/graph/wikidata-links";
    /** The named graph that holds Wikidata's own statements on the linked items. */
    public static final String FACTS_GRAPH = "https://newskg.org/graph/wikidata-facts";

    private final EntityLinker linker;
    private final Optional<WikidataLookup> facts;

    /** A linker that keeps only the links. */
    public StoreLinker(EntityLinker linker) {
        this(linker, Optional.empty());
    }

    /** A linker that also copies the linked items' statements ({@link WikidataFacts}) from {@code facts}. */
    public StoreLinker(EntityLinker linker, Optional<WikidataLookup> facts) {
        this.linker = Objects.requireNonNull(linker, "linker");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    /**
     * What a run did.
     *
     * @param entities  entities considered
     * @param attempted entities looked up (people named by one word are not)
     * @param links     links made
     * @param failures  lookups that failed, one message each
     */
    public record Report(int entities, int attempted, List<Link> links, List<String> failures) {
        public Report {
            links = List.copyOf(links);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Links the store's entities, or only those in {@code only}, and writes the links in one transaction.
     *
     * @throws org.newskg.error.StoreException when the store cannot be written
     */
    public Report link(GraphStore store, Optional<Set<String>> only) {
        List<LinkRequest> requests = requests(store).stream()
                .filter(r -> only.map(s -> s.contains(r.iri())).orElse(true)).toList();
        EntityLinker.LinkResult result = linker.link(requests);
        Model links = ModelFactory.createDefaultModel();
        if (only.isPresent()) {
            Model existing = store.read(ds -> {
                Model copy = ModelFactory.createDefaultModel();
                copy.add(ds.getNamedModel(GRAPH));
                return copy;
            });
            links.add(existing);
            for (LinkRequest r : requests) remove(links, r.iri());
        }
        links.setNsPrefix(NKG.PREFIX, NKG.NS);
        links.setNsPrefix("owl", OWL.NS);
        links.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        result.links().forEach(l -> write(links, l));
        Map<String, Model> graphs = new HashMap<>();
        graphs.put(GRAPH, links);
        facts.ifPresent(lookup -> graphs.put(FACTS_GRAPH, WikidataFacts.standard().model(lookup,
                links.listObjectsOfProperty(OWL.sameAs).mapWith(n -> n.asResource().getURI())
                        .filterKeep(u -> u.startsWith(WikidataFacts.ENTITY)).mapWith(u -> u.substring(WikidataFacts.ENTITY.length()))
                        .toSet())));
        store.replace(graphs);
        return new Report(requests.size(), result.attempted(), result.links(), result.failures());
    }

    /**
     * Each entity's neighbours, read one article graph at a time (what {@code link-context.rq} gives, without
     * holding every pair of every article at once), at most {@link #NEIGHBOURS} each.
     */
    private static Map<String, java.util.LinkedHashMap<String, LinkRequest.Neighbour>> neighbours(GraphStore store) {
        Map<String, java.util.LinkedHashMap<String, LinkRequest.Neighbour>> out = new HashMap<>();
        store.read(ds -> {
            ds.listModelNames().forEachRemaining(g -> {
                if (g.getURI().equals(GRAPH) || g.getURI().equals(FACTS_GRAPH) || GraphStore.isIndexGraph(g.getURI())) return;
                Model m = ds.getNamedModel(g);
                Map<String, String> names = new HashMap<>();
                for (Resource type : List.of(NKG.Person, NKG.Organization, NKG.Product)) {
                    m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, type).forEachRemaining(e -> {
                        var n = e.getProperty(org.newskg.rdf.Vocab.name);
                        if (e.isURIResource()) names.put(e.getURI(), n == null ? "" : n.getString());
                    });
                }
                publishers(m, out);
                m.listStatements(null, org.newskg.rdf.Vocab.member, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
                    Resource employer = st.getSubject().getPropertyResourceValue(org.newskg.rdf.Vocab.organization);
                    if (employer != null && st.getObject().isURIResource()) add(out, st.getObject().asResource().getURI(),
                            employer.getURI(), names.getOrDefault(employer.getURI(), ""), LinkRequest.Relation.EMPLOYER);
                });
                m.listStatements(null, org.newskg.rdf.Vocab.manufacturer, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
                    if (st.getObject().isURIResource()) add(out, st.getSubject().getURI(), st.getObject().asResource().getURI(),
                            names.getOrDefault(st.getObject().asResource().getURI(), ""), LinkRequest.Relation.MAKER);
                });
                for (String e : names.keySet()) {
                    for (Map.Entry<String, String> n : names.entrySet()) {
                        if (!n.getKey().equals(e)) add(out, e, n.getKey(), n.getValue(), LinkRequest.Relation.SAME_ARTICLE);
                    }
                }
            });
            return null;
        });
        return out;
    }

    /** The article's publisher and its authors' employers: each published the article ({@link LinkRequest.Relation#PUBLISHER}). */
    private static void publishers(Model m, Map<String, java.util.LinkedHashMap<String, LinkRequest.Neighbour>> out) {
        m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, NKG.Article).forEachRemaining(a -> {
            if (!a.isURIResource()) return;
            var h = a.getProperty(org.newskg.rdf.Vocab.headline);
            String headline = h == null ? "" : h.getString();
            Set<String> publishers = new java.util.TreeSet<>();
            a.listProperties(org.newskg.rdf.Vocab.publisher).forEachRemaining(st -> {
                if (st.getObject().isURIResource()) publishers.add(st.getObject().asResource().getURI());
            });
            a.listProperties(org.newskg.rdf.Vocab.author).forEachRemaining(st -> {
                if (!st.getObject().isResource()) return;
                m.listSubjectsWithProperty(org.newskg.rdf.Vocab.member, st.getObject()).forEachRemaining(role -> {
                    Resource employer = role.getPropertyResourceValue(org.newskg.rdf.Vocab.organization);
                    if (employer != null && employer.isURIResource()) publishers.add(employer.getURI());
                });
            });
            for (String p : publishers) add(out, p, a.getURI(), headline, LinkRequest.Relation.PUBLISHER);
        });
    }

    private static void add(Map<String, java.util.LinkedHashMap<String, LinkRequest.Neighbour>> out, String entity,
                            String neighbour, String name, LinkRequest.Relation relation) {
        var mine = out.computeIfAbsent(entity, k -> new java.util.LinkedHashMap<>());
        if (mine.size() >= NEIGHBOURS && !mine.containsKey(neighbour)) return;
        mine.putIfAbsent(neighbour, new LinkRequest.Neighbour(neighbour, name, relation));
    }

    /** The QIDs the store's entities are linked to now, by entity IRI. */
    public static Map<String, String> links(GraphStore store) {
        return store.read(ds -> {
            Map<String, String> out = new HashMap<>();
            ds.getNamedModel(GRAPH).listStatements(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null)
                    .forEachRemaining(st -> out.put(st.getSubject().getURI(),
                            st.getObject().asResource().getURI().replaceFirst(".*/", "")));
            return out;
        });
    }

    private static void remove(Model m, String entity) {
        Resource e = m.createResource(entity);
        m.removeAll(e, OWL.sameAs, null);
        for (Resource link : m.listSubjectsWithProperty(NKG.linkedEntity, e).toList()) m.removeAll(link, null, null);
    }

    private static void write(Model m, Link l) {
        Resource e = m.createResource(l.entity());
        Resource item = m.createResource(l.itemIri());
        e.addProperty(OWL.sameAs, item);
        item.addProperty(RDFS.label, l.label(), "en");
        m.createResource(Iris.fact("link", l.entity(), l.qid()), NKG.WikidataLink)
                .addProperty(NKG.linkedEntity, e)
                .addProperty(NKG.linkTarget, item)
                .addLiteral(NKG.linkScore, m.createTypedLiteral(BigDecimal.valueOf(l.score()).toPlainString(),
                        XSDDatatype.XSDdecimal))
                .addProperty(NKG.linkMethod, l.method())
                .addProperty(NKG.matchedName, l.matchedName());
    }

    /** Neighbours kept per entity: its employers and makers first, then the entities named in its articles. */
    static final int NEIGHBOURS = 100;

    /** The store's entities as link requests, each with its neighbours in the articles. */
    public static List<LinkRequest> requests(GraphStore store) {
        QueryRunner runner = new QueryRunner(store);
        Map<String, java.util.LinkedHashMap<String, LinkRequest.Neighbour>> around = neighbours(store);
        List<LinkRequest> out = new ArrayList<>();
        for (Map<String, String> row : runner.rows(NamedQuery.LINK_ENTITIES.query())) {
            String aliases = row.getOrDefault("aliases", "");
            out.add(new LinkRequest(row.get("entity"), EntityType.valueOf(row.get("type").toUpperCase(Locale.ROOT)),
                    row.getOrDefault("name", ""), aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\\|")),
                    List.copyOf(around.getOrDefault(row.get("entity"), new java.util.LinkedHashMap<>()).values())));
        }
        return out;
    }
}
