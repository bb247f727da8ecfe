package org.newskg.corpus;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.query.NamedQuery;
import org.newskg.store.GraphStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities a store holds, indexed the ways an article may name them again: by key, by acronym, by the first
 * and the last word of their names. Read once from the store when a build starts, then kept up to date with each
 * article stored, so that resolving an article costs what the article holds, not what the store does.
 */
final class CorpusIndex {
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, Set<String>> names = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Map<String, Set<String>> byKey = new HashMap<>();
    private final Map<String, Set<String>> byAcronym = new HashMap<>();
    private final Map<String, Set<String>> byFirst = new HashMap<>();
    private final Map<String, Set<String>> byLast = new HashMap<>();

    /** An empty index. */
    CorpusIndex() {
    }

    /** The store's entities, their names and which entities each article names with them. */
    static CorpusIndex of(GraphStore store) {
        CorpusIndex index = new CorpusIndex();
        store.read(ds -> {
            Map<String, List<String>> byArticle = new HashMap<>();
            try (QueryExecution q = QueryExecutionFactory.create(NamedQuery.CORPUS_ENTITIES.query(), ds)) {
                ResultSet rs = q.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String e = s.getResource("entity").getURI();
                    index.add(e, s.getResource("type").getURI(), s.getLiteral("name").getLexicalForm(),
                            s.getLiteral("main").getBoolean());
                    byArticle.computeIfAbsent(s.getResource("g").getURI(), k -> new ArrayList<>()).add(e);
                }
            }
            byArticle.values().forEach(index::together);
            return null;
        });
        return index;
    }

    /** Records one name of an entity: its name ({@code main}; of several, the least is the canonical one) or an alias. */
    void add(String iri, String type, String name, boolean main) {
        types.putIfAbsent(iri, type);
        // the least of its names, so that an index read back from the store agrees with one learned article by article
        if (main) canonical.merge(iri, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        if (!names.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(name)) return;
        List<String> tokens = CorpusKeys.bare(CorpusKeys.tokens(name));
        if (tokens.isEmpty()) return;
        put(byKey, String.join(" ", tokens), iri);
        put(byFirst, tokens.get(0), iri);
        put(byLast, tokens.get(tokens.size() - 1), iri);
        CorpusKeys.asAcronym(name).ifPresent(a -> put(byAcronym, a, iri));
        CorpusKeys.acronyms(name).forEach(a -> put(byAcronym, a, iri));
    }

    /** Records that these entities are named in one article. */
    void together(List<String> entities) {
        Set<String> all = new HashSet<>(entities);
        for (String e : all) {
            Set<String> n = neighbours.computeIfAbsent(e, k -> new HashSet<>());
            n.addAll(all);
            n.remove(e);
        }
    }

    private static void put(Map<String, Set<String>> index, String key, String iri) {
        index.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(iri);
    }

    /** The entity's canonical name, if it has one. */
    java.util.Optional<String> canonical(String iri) {
        return java.util.Optional.ofNullable(canonical.get(iri));
    }

    boolean contains(String iri) {
        return types.containsKey(iri);
    }

    /** The entity as the store knows it. */
    CorpusEntity entity(String iri) {
        return new CorpusEntity(iri, types.get(iri), names.getOrDefault(iri, Set.of()), neighbours.getOrDefault(iri, Set.of()));
    }

    /** Entities of {@code type} one of whose names has this key. */
    Set<String> withKey(String key, String type) {
        return ofType(byKey.get(key), type);
    }

    /** Entities of {@code type} whose name is, or abbreviates to, this acronym. */
    Set<String> withAcronym(String acronym, String type) {
        return ofType(byAcronym.get(acronym), type);
    }

    /** Entities of {@code type} one of whose names starts with this word. */
    Set<String> withFirst(String word, String type) {
        return ofType(byFirst.get(word), type);
    }

    /** Entities of {@code type} one of whose names ends with this word. */
    Set<String> withLast(String word, String type) {
        return ofType(byLast.get(word), type);
    }

    private Set<String> ofType(Set<String> iris, String type) {
        if (iris == null) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String i : iris) if (type.equals(types.get(i))) out.add(i);
        return out;
    }
}
