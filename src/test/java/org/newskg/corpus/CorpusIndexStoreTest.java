package org.newskg.corpus;

import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRunner;
import org.newskg.store.GraphStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus index lives in the store, one index graph beside each article graph: the invented four-article story
 * of {@link CorpusResolutionTest}, built article by article (every lookup a seek in the store), gives the same graphs
 * as when the index is dropped half way (a store written before the index existed) and rebuilt on the next build;
 * exports leave the index out.
 */
class CorpusIndexStoreTest {
    private static final Path STORIES = Path.of("src/test/resources/corpus");
    private static final String[][] ARTICLES = {{"1-deal-announced.txt", "2026-01-12"}, {"2-other-okafor.txt", "2026-02-03"},
            {"3-deal-completed.txt", "2026-03-20"}, {"4-unrelated-okafor.txt", "2026-03-25"}};

    private static void build(Path store, String[] article) {
        CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), "--no-link", "--published", article[1],
                STORIES.resolve(article[0]).toString());
        assertEquals(0, r.code(), r.err());
    }

    private static String export(Path store) {
        CliRunner.Result r = CliRunner.run("export", "--store", store.toString(), "--format", "nquads");
        assertEquals(0, r.code(), r.err());
        return String.join("\n", r.out().lines().sorted().toList());
    }

    private static List<String> indexGraphs(Path store) {
        try (GraphStore s = GraphStore.open(store, false)) {
            return s.read(ds -> {
                List<String> out = new ArrayList<>();
                ds.listNames().forEachRemaining(g -> {
                    if (IndexGraph.isIndex(g)) out.add(g);
                });
                return out;
            });
        }
    }

    @Test
    void aStoreWithoutItsIndexIsIndexedAgainAndResolvesTheSame(@TempDir Path tmp) {
        Path whole = tmp.resolve("whole"), upgraded = tmp.resolve("upgraded");
        for (String[] a : ARTICLES) build(whole, a);
        build(upgraded, ARTICLES[0]);
        build(upgraded, ARTICLES[1]);
        List<String> dropped = indexGraphs(upgraded);
        assertEquals(3, dropped.size(), "one entry per article and the corpus graph: " + dropped);
        assertTrue(dropped.contains(IndexGraph.CORPUS), dropped.toString());
        try (GraphStore s = GraphStore.open(upgraded, false)) {
            Map<String, org.apache.jena.rdf.model.Model> empty = new LinkedHashMap<>();
            dropped.forEach(g -> empty.put(g, ModelFactory.createDefaultModel()));
            s.replace(empty);
        }
        assertEquals(List.of(), indexGraphs(upgraded));
        build(upgraded, ARTICLES[2]);
        build(upgraded, ARTICLES[3]);
        assertEquals(5, indexGraphs(upgraded).size());
        String merges = CliRunner.run("query", "--store", upgraded.toString(), "--format", "csv", "merges").out();
        assertTrue(merges.contains("Globex Data Systems,GDS,\"acronym:"), "the acronym found the re-indexed name: " + merges);
        assertEquals(export(whole), export(upgraded));
    }

    @Test
    void theCorpusGraphHoldsEachNameOnceAndEachArticleItsEntities(@TempDir Path tmp) {
        Path kg = tmp.resolve("kg");
        for (String[] a : ARTICLES) build(kg, a);
        try (GraphStore s = GraphStore.open(kg, false)) {
            s.read(ds -> {
                org.apache.jena.rdf.model.Model corpus = ds.getNamedModel(IndexGraph.CORPUS);
                List<org.apache.jena.rdf.model.Resource> named = corpus.listSubjectsWithProperty(IndexGraph.NAME, "Globex Data Systems").toList();
                assertEquals(1, named.size(), "one company of that name: " + named);
                org.apache.jena.rdf.model.Resource globex = named.get(0);
                assertEquals(1, corpus.listStatements(globex, IndexGraph.NAME, "Globex Data Systems").toList().size());
                assertTrue(corpus.contains(globex, IndexGraph.ACRONYM, "Organization\tgds"), "the key its acronym gives");
                // two articles name the company (announced, completed): an entry each says so
                long articles = ds.listNames().next() == null ? 0 : java.util.stream.StreamSupport.stream(
                        java.util.Spliterators.spliteratorUnknownSize(ds.listNames(), 0), false)
                        .filter(g -> IndexGraph.isIndex(g) && !g.equals(IndexGraph.CORPUS))
                        .filter(g -> ds.getNamedModel(g).contains(globex, IndexGraph.IN)).count();
                assertEquals(2, articles);
                return null;
            });
        }
    }

    @Test
    void exportsLeaveTheIndexOut(@TempDir Path tmp) {
        Path kg = tmp.resolve("kg");
        build(kg, ARTICLES[0]);
        assertEquals(2, indexGraphs(kg).size());
        for (String format : List.of("nquads", "trig", "turtle")) {
            CliRunner.Result r = CliRunner.run("export", "--store", kg.toString(), "--format", format);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Globex Data Systems"), format);
            assertFalse(r.out().contains(IndexGraph.NS), format + " holds no index term");
            assertFalse(r.out().contains(IndexGraph.GRAPHS), format + " holds no index graph");
        }
    }
}
