package org.newskg.corpus;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;
import org.newskg.store.GraphStore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins the entities of each new article to the entities the store already holds, before the article is stored.
 * An entity whose IRI the store knows is already joined (its name gave the same IRI). Otherwise, of the stored
 * entities of the same type, it joins the one candidate that
 * <ol>
 *   <li>has one of its names (a repeated alias: "FADS" an alias in one article and the name in another);</li>
 *   <li>is the acronym of one of its names, or whose name is its acronym ("FN" and "Freedonia Navy");</li>
 *   <li>or, with a shared context (an entity both are named with), is its short or long form: a person's surname and
 *       the full name ("Okafor", "Maria Okafor"), a name that begins or ends another ("Globex", "Globex Data";
 *       "X200", "Initech X200").</li>
 * </ol>
 * Two candidates, or a candidate the article itself names apart, join nothing. The entity takes the stored IRI, so
 * IRIs never change as articles arrive; each join is written into the article's graph as an {@code nkg:Merge}
 * (which name, which evidence, what score) and so goes with the article if it is rebuilt. {@link MergeRules}
 * force or forbid joins by name. The article's deals, roles and figures are then minted from the stored names
 * ({@link FactIris}), and its events joined to the stored events they retell ({@link CorpusEvents}).
 */
public final class CorpusResolver {
    private static final List<Resource> TYPES = List.of(NKG.Person, NKG.Organization, NKG.Product);

    private final GraphStore store;
    private final CorpusIndex index = new CorpusIndex();
    private final CorpusEvents events = new CorpusEvents(index);
    private final MergeRules rules;
    /** Article graphs the store now holds whose index entries are still kept in memory (written by the writer). */
    private final java.util.Queue<String> stored = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private CorpusResolver(GraphStore store, MergeRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /**
     * A resolver over what the store holds, and learns as articles are stored. A store written before the corpus
     * index existed is indexed first ({@link IndexGraph}, once).
     */
    public static CorpusResolver of(GraphStore store, MergeRules rules) {
        IndexUpgrade.run(store);
        return new CorpusResolver(store, rules);
    }

    /**
     * What resolving an article gave: the joins made, and the article's part of the corpus index, to store with it:
     * its own entry (the graph {@code indexGraph}, replaced with the article) and its facts for the corpus graph
     * ({@link IndexGraph#CORPUS}, added to).
     */
    public record Resolved(List<Merge> merges, String indexGraph, Model index, Model corpusFacts) {
        public Resolved {
            merges = List.copyOf(merges);
        }
    }

    /** Says that these article graphs are in the store now (called after their transaction commits, from any thread). */
    public void stored(java.util.Collection<String> articleGraphs) {
        this.stored.addAll(articleGraphs);
    }

    /** An entity of the article: its IRI, type, name and aliases (the name first). */
    private record Local(String iri, String type, List<String> names) {
    }

    /**
     * Joins the article's entities to the stored ones, in the article's model, and learns the article's entities.
     *
     * @param article    the article's graph, changed in place
     * @param articleIri the article's IRI, the name of its graph
     * @return the joins made and the article's index entry
     */
    public Resolved resolve(Model article, String articleIri) {
        Set<String> done = new HashSet<>();
        for (String g; (g = stored.poll()) != null; ) done.add(g);
        if (!done.isEmpty()) index.stored(done);
        // a read transaction begun after those commits sees what they wrote
        return store.read(ds -> {
            index.on(ds.asDatasetGraph());
            try {
                return resolveIn(article, articleIri);
            } finally {
                index.on(null);
            }
        });
    }

    private Resolved resolveIn(Model article, String articleIri) {
        List<Local> locals = locals(article);
        Set<String> own = new HashSet<>();
        locals.forEach(l -> own.add(l.iri()));
        Map<String, Merge> merges = new LinkedHashMap<>();
        for (Local l : locals) {
            if (!index.contains(l.iri()) || rules.forced(l.type(), l.names()).isPresent()) {
                strong(l, own).ifPresent(m -> merges.put(l.iri(), m));
            }
        }
        Set<String> makers = new HashSet<>();
        for (Local l : locals) {
            if (l.type().equals(NKG.Organization.getURI())) l.names().forEach(n -> makers.add(CorpusKeys.key(n)));
        }
        ShortForms forms = new ShortForms(index, rules, makers);
        for (Local l : locals) {
            if (index.contains(l.iri()) || merges.containsKey(l.iri())) continue;
            Set<String> context = new HashSet<>();
            for (Local o : locals) {
                if (o != l) context.add(merges.containsKey(o.iri()) ? merges.get(o.iri()).into() : o.iri());
            }
            forms.match(l.iri(), l.type(), l.names(), context, own).ifPresent(m -> merges.put(l.iri(), m));
        }
        for (Merge m : merges.values()) {
            Resource into = ResourceUtils.renameResource(article.getResource(m.from()), m.into());
            // the stored entity keeps its name; the article's becomes an alias
            index.canonical(m.into()).ifPresent(name -> {
                for (var st : into.listProperties(Vocab.name).toList()) {
                    if (!st.getString().equals(name)) into.addProperty(Vocab.alternateName, st.getString());
                }
                into.removeAll(Vocab.name).addProperty(Vocab.name, name);
            });
            article.createResource(Iris.fact("merge", articleIri, m.from()), NKG.Merge)
                    .addProperty(NKG.mergedFrom, article.createResource(m.from()))
                    .addProperty(NKG.mergedInto, article.createResource(m.into()))
                    .addProperty(NKG.mergedName, m.name())
                    .addProperty(NKG.mergeEvidence, m.evidence())
                    .addLiteral(NKG.mergeScore, article.createTypedLiteral(BigDecimal.valueOf(m.score()).toPlainString(),
                            XSDDatatype.XSDdecimal))
                    .addProperty(NKG.article, article.createResource(articleIri));
        }
        Set<String> joined = new HashSet<>();
        merges.values().forEach(m -> joined.add(m.into()));
        if (!joined.isEmpty()) FactIris.remint(article, joined);
        events.resolve(article);
        IndexGraph.Entry entry = IndexGraph.of(article, articleIri);
        index.add(articleIri, entry);
        return new Resolved(List.copyOf(merges.values()), IndexGraph.graphOf(articleIri), entry.own(), entry.corpus());
    }

    /** A join by a repeated name or an acronym, or one the rules force. */
    private Optional<Merge> strong(Local l, Set<String> own) {
        Optional<String> forced = rules.forced(l.type(), l.names());
        if (forced.isPresent()) {
            Set<String> into = index.withKey(CorpusKeys.key(forced.get()), l.type());
            into.remove(l.iri());
            if (into.size() == 1) return Optional.of(new Merge(l.iri(), into.iterator().next(), l.names().get(0), "forced by the merge rules", 1.0));
            return Optional.empty();
        }
        boolean person = l.type().equals(NKG.Person.getURI());
        for (String name : l.names()) {
            // a person's one-word name is a surname, which joins only in a shared context (ShortForms)
            if (person && !CorpusKeys.key(name).contains(" ")) continue;
            Set<String> same = new LinkedHashSet<>(index.withKey(CorpusKeys.key(name), l.type()));
            same.removeIf(c -> own.contains(c) || rules.forbidden(l.type(), l.names(), index.entity(c).names()));
            if (same.size() == 1) return Optional.of(new Merge(l.iri(), same.iterator().next(), name, "same name \"" + name + "\"", 0.9));
        }
        for (String name : l.names()) {
            Set<String> fits = new LinkedHashSet<>();
            Optional<String> acronym = CorpusKeys.asAcronym(name);
            acronym.ifPresent(a -> fits.addAll(index.withAcronym(a, l.type())));
            for (String a : CorpusKeys.acronyms(name)) {
                for (String c : index.withKey(a, l.type())) {
                    if (index.entity(c).names().stream().anyMatch(n -> CorpusKeys.asAcronym(n).filter(a::equals).isPresent())) fits.add(c);
                }
            }
            fits.removeIf(c -> own.contains(c) || rules.forbidden(l.type(), l.names(), index.entity(c).names()));
            if (fits.size() == 1) {
                String into = fits.iterator().next();
                return Optional.of(new Merge(l.iri(), into, name, "acronym: \"" + name + "\" and \""
                        + String.join("\", \"", new java.util.TreeSet<>(index.entity(into).names())) + "\"", 0.85));
            }
        }
        return Optional.empty();
    }

    private static List<Local> locals(Model article) {
        List<Local> out = new ArrayList<>();
        for (Resource type : TYPES) {
            // in IRI and name order, not the model's: the joins must not depend on how the graph was built or read
            List<Resource> subjects = new ArrayList<>(article.listSubjectsWithProperty(RDF.type, type).toList());
            subjects.sort(java.util.Comparator.comparing(r -> r.isURIResource() ? r.getURI() : ""));
            for (Resource e : subjects) {
                if (!e.isURIResource()) continue;
                List<String> names = new ArrayList<>(), aliases = new ArrayList<>();
                e.listProperties(Vocab.name).forEachRemaining(s -> names.add(s.getString()));
                e.listProperties(Vocab.alternateName).forEachRemaining(s -> aliases.add(s.getString()));
                java.util.Collections.sort(names);
                java.util.Collections.sort(aliases);
                names.addAll(aliases);
                if (!names.isEmpty()) out.add(new Local(e.getURI(), type.getURI(), List.copyOf(names)));
            }
        }
        return out;
    }
}
