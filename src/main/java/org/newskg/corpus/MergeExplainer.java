package org.newskg.corpus;

import org.newskg.query.NamedQuery;
import org.newskg.query.QueryRunner;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why the store holds the entities of a name as it does: for each stored entity the name names (its name key, or a
 * person's surname), the joins across articles that made it one node, with their evidence and score, and the
 * entities it was kept apart from, with the reason: another kind (a node holds one kind), or a shorter or longer
 * form of its name whose contexts never met (no entity is named with both), which a join needs.
 */
public final class MergeExplainer {
    private static final List<String> KINDS = List.of(NKG.Person.getURI(), NKG.Organization.getURI(), NKG.Product.getURI());

    /** One article's entity joined into the stored one. */
    public record Join(String article, String name, String evidence, String score) {
    }

    /** An entity kept apart, and why. */
    public record Apart(String iri, String kind, String name, String reason) {
    }

    /**
     * One stored entity.
     *
     * @param articles how many articles name it (counted up to {@value CorpusIndex#CONTEXT_ARTICLES})
     */
    public record Explanation(String iri, String kind, String name, Set<String> names, int articles, List<Join> joins,
                              List<Apart> apart) {
        public Explanation {
            names = Set.copyOf(names);
            joins = List.copyOf(joins);
            apart = List.copyOf(apart);
        }
    }

    /** What a short form is, per kind, as {@link ShortForms} decides it. */
    private static final Map<String, String> NOT_A_FORM = Map.of(
            NKG.Organization.getURI(), "an organization's short form drops only descriptors or a legal form at the end, or a place at the start",
            NKG.Product.getURI(), "a product's short form drops only its maker at the start; a name with more words after it is another model",
            NKG.Person.getURI(), "a person's short form is the surname alone");

    private MergeExplainer() {
    }

    /** The stored entities {@code name} names, each explained; empty when there is none. */
    public static List<Explanation> explain(GraphStore store, String name) {
        IndexUpgrade.run(store);
        List<Explanation> found = store.read(ds -> {
            CorpusIndex index = new CorpusIndex();
            index.on(ds.asDatasetGraph());
            List<CorpusEntity> entities = named(index, name);
            return entities.stream().map(e -> explain(index, e, entities)).toList();
        });
        QueryRunner runner = new QueryRunner(store);
        List<Explanation> out = new ArrayList<>();
        for (Explanation x : found) {
            List<Join> joins = runner.rows(NamedQuery.MERGES_INTO.query(), Map.of("into", x.iri())).stream()
                    .map(r -> new Join(r.getOrDefault("article", ""), r.get("name"), r.get("evidence"), r.get("score"))).toList();
            out.add(new Explanation(x.iri(), x.kind(), x.name(), x.names(), x.articles(), joins, x.apart()));
        }
        return out;
    }

    /** The entities whose name key is the name's, of every kind, and the people whose surname it is. */
    private static List<CorpusEntity> named(CorpusIndex index, String name) {
        Set<String> iris = new TreeSet<>();
        String key = CorpusKeys.key(name);
        for (String kind : KINDS) iris.addAll(index.withKey(key, kind));
        if (!key.isEmpty() && !key.contains(" ")) iris.addAll(index.withLast(key, NKG.Person.getURI()));
        return iris.stream().map(index::entity).toList();
    }

    private static Explanation explain(CorpusIndex index, CorpusEntity e, List<CorpusEntity> found) {
        Map<String, Integer> with = index.namedWith(e.iri());
        int articles = with.getOrDefault(e.iri(), 0);
        List<Apart> apart = new ArrayList<>();
        for (CorpusEntity o : found) {
            if (!o.type().equals(e.type())) {
                apart.add(new Apart(o.iri(), kind(o.type()), display(index, o.iri()), "another kind (" + kind(o.type())
                        + "): a node holds one kind, so names of two kinds are never joined"));
            }
        }
        ShortForms rules = new ShortForms(index, MergeRules.none(), Set.of());
        forms(index, e, rules).forEach((c, allowed) -> apart.add(new Apart(c, kind(e.type()), display(index, c),
                allowed ? context(index, e.iri(), with, c) : "its name begins or ends with the same words, but is no short or long form of it: "
                        + NOT_A_FORM.get(e.type()))));
        return new Explanation(e.iri(), kind(e.type()), display(index, e.iri()), e.names(), articles, List.of(), apart);
    }

    /** Why a short or long form the rules allow is apart: its contexts never met, or they did and something else held. */
    private static String context(CorpusIndex index, String iri, Map<String, Integer> with, String c) {
        Set<String> shared = new TreeSet<>(with.keySet());
        shared.retainAll(index.namedWith(c).keySet());
        shared.remove(iri);
        shared.remove(c);
        if (shared.isEmpty()) {
            return "a short or long form of the name, but no entity is named with both, and such forms join only where their contexts meet";
        }
        return "a short or long form of the name, named with " + shared.size() + " of the same entities ("
                + String.join(", ", shared.stream().limit(3).map(s -> display(index, s)).toList())
                + "), but not joined when its article was resolved: another candidate shared as much context, the article named both apart, or a merge rule forbade it";
    }

    /**
     * Stored entities of the same kind one of whose names begins or ends one of the entity's (word by word, either
     * way), each with whether the resolver's rules take it for a short or long form ({@link ShortForms#allowed}).
     */
    private static Map<String, Boolean> forms(CorpusIndex index, CorpusEntity e, ShortForms rules) {
        Map<String, Boolean> out = new java.util.TreeMap<>();
        boolean person = e.type().equals(NKG.Person.getURI());
        for (List<String> t : e.tokenNames()) {
            Set<String> near = new TreeSet<>(index.withFirst(t.get(0), e.type()));
            near.addAll(index.withLast(t.get(t.size() - 1), e.type()));
            if (t.size() == 1) near.addAll(index.withKey(t.get(0), e.type()));
            for (String c : near) {
                if (c.equals(e.iri())) continue;
                for (List<String> n : index.entity(c).tokenNames()) {
                    List<String> shorter = n.size() < t.size() ? n : t, longer = n.size() < t.size() ? t : n;
                    int k = shorter.size();
                    boolean head = k < longer.size() && longer.subList(0, k).equals(shorter);
                    boolean tail = k < longer.size() && longer.subList(longer.size() - k, longer.size()).equals(shorter);
                    if (!head && !tail) continue;
                    boolean allowed = person ? tail && k == 1
                            : rules.allowed(CorpusKeys.bare(shorter), CorpusKeys.bare(longer), e.type());
                    out.merge(c, allowed, Boolean::logicalOr);
                }
            }
        }
        return out;
    }

    /** The entity's longest name (its aliases left out), the first of those in order. */
    private static String display(CorpusIndex index, String iri) {
        String best = null;
        for (String n : index.names(iri)) {
            if (best == null || n.length() > best.length()) best = n;
        }
        return best != null ? best : index.entity(iri).names().stream().sorted().findFirst().orElse(iri);
    }

    private static String kind(String type) {
        return type.substring(type.lastIndexOf('#') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
