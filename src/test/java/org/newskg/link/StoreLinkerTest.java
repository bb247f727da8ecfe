package org.newskg.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.cli.CliRunner;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code build} and {@code link} end to end on an invented article that names real companies. */
class StoreLinkerTest {
    private static String example() {
        return "src/test/resources/articles/energy-deal.txt";
    }

    @Test
    void buildLinksThroughTheApiAndARelinkOfflineGivesTheSameLinks(@TempDir Path tmp) throws IOException {
        Path store = tmp.resolve("kg");
        Path cache = tmp.resolve("cache");
        String endpoint;
        try (FakeWikidataApi api = new FakeWikidataApi()) {
            endpoint = api.endpoint().toString();
            CliRunner.Result b = CliRunner.run("build", "--store", store.toString(), "--published", "2026-01-13", "--link",
                    "--wikidata", api.endpoint().toString(), "--wikidata-cache", cache.toString(), example());
            assertEquals(0, b.code(), b.err());
            assertTrue(b.out().contains("linked "), b.out());
        }
        String orgs = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "organizations").out();
        assertTrue(orgs.contains("Vattenfall,Q157675,"), orgs);
        assertTrue(orgs.contains("Unilever,Q157062,"), orgs);
        assertTrue(orgs.contains("Globex Energy,\"\","), "an item absent from Wikidata's table stays unlinked: " + orgs);

        // The API is gone: an offline relink answers from the cache and keeps the same links.
        long t0 = System.nanoTime();
        CliRunner.Result l = CliRunner.run("link", "--store", store.toString(), "--offline", "--wikidata", endpoint,
                "--wikidata-cache", cache.toString());
        double ms = (System.nanoTime() - t0) / 1e6;
        assertEquals(0, l.code(), l.err());
        // a measurement for the notes, not a target the test holds the machine to
        System.out.printf("cached relink of the article: %.0f ms in all, %s%n", ms, l.out().strip());
        assertEquals(orgs, CliRunner.run("query", "--store", store.toString(), "--format", "csv", "organizations").out());

        String links = CliRunner.run("export", "--store", store.toString(), "--format", "nquads").out();
        assertTrue(links.contains("<https://newskg.org/id/organization/vattenfall> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q157675>"), links);
        assertTrue(links.contains("<https://newskg.org/ontology#linkMethod> \"wikidata-api:"), "method recorded");
    }

    @Test
    void aTableLinksWhileBuilding(@TempDir Path tmp) {
        Path store = tmp.resolve("kg");
        CliRunner.Result b = CliRunner.run("build", "--store", store.toString(), "--published", "2026-01-13",
                "--wikidata-table", TestData.wikidataTable().toString(), example());
        assertEquals(0, b.code(), b.err());
        String orgs = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "organizations").out();
        assertTrue(orgs.contains("Unilever,Q157062,"), orgs);
    }

    @Test
    void buildLinksAgainstTheBundledSnapshotUnlessToldNotTo(@TempDir Path tmp) {
        Path linked = tmp.resolve("linked");
        CliRunner.Result b = CliRunner.run("build", "--store", linked.toString(), "--published", "2026-01-13", example());
        assertEquals(0, b.code(), b.err());
        String orgs = CliRunner.run("query", "--store", linked.toString(), "--format", "csv", "organizations").out();
        assertTrue(orgs.contains("Vattenfall,Q157675,") && orgs.contains("Globex Energy,\"\","), orgs);
        Path plain = tmp.resolve("plain");
        assertEquals(0, CliRunner.run("build", "--store", plain.toString(), "--published", "2026-01-13", "--no-link", example()).code());
        String none = CliRunner.run("query", "--store", plain.toString(), "--format", "csv", "organizations").out();
        assertTrue(none.contains("Vattenfall,\"\","), none);
    }

    @Test
    void aDeadEndpointIsReportedWithExitOneAndTheArticleIsStillStored(@TempDir Path tmp) {
        Path store = tmp.resolve("kg");
        CliRunner.Result b = CliRunner.run("build", "--store", store.toString(), "--published", "2026-01-13", "--link",
                "--wikidata", "http://127.0.0.1:1/w/api.php", "--wikidata-cache", tmp.resolve("cache").toString(), example());
        assertEquals(1, b.code(), b.out());
        assertTrue(b.err().contains("no Wikidata lookup succeeded"), b.err());
        assertFalse(b.err().contains("Exception"), "no stack trace: " + b.err());
        String articles = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "articles").out();
        assertEquals(2, articles.strip().split("\n").length, articles);
    }

    @Test
    void linkingCopiesTheLinkedItemsWikidataStatementsIntoTheirOwnGraph(@TempDir Path tmp) {
        Path store = tmp.resolve("kg");
        CliRunner.Result b = CliRunner.run("build", "--store", store.toString(), "--published", "2026-01-13",
                "--wikidata-table", TestData.wikidataTable().toString(), example());
        assertEquals(0, b.code(), b.err());
        String facts = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "-p", "entityName=Unilever",
                "wikidata-facts").out();
        assertTrue(facts.startsWith("entity,wikidata,property,value"), facts);
        assertTrue(facts.contains("Unilever,Q157062,instance of,"), facts);
        assertTrue(facts.lines().skip(1).allMatch(l -> l.startsWith("Unilever,")), "only the entity asked for: " + facts);
        String all = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "wikidata-facts").out();
        assertTrue(all.contains("Vattenfall,Q157675,"), all);
    }

    @Test
    void explainShowsTheCandidatesAndWhyInTheStoresContext(@TempDir Path tmp) {
        Path store = tmp.resolve("kg");
        assertEquals(0, CliRunner.run("build", "--store", store.toString(), "--published", "2026-01-13",
                "--wikidata-table", TestData.wikidataTable().toString(), example()).code());
        CliRunner.Result e = CliRunner.run("link", "--store", store.toString(), "--explain", "Vattenfall",
                "--wikidata-table", TestData.wikidataTable().toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().startsWith("Vattenfall (organization, https://newskg.org/id/organization/vattenfall): linked to Q157675"), e.out());
        assertTrue(e.out().contains("Q1649778"), "the runner-up is listed: " + e.out());
        CliRunner.Result none = CliRunner.run("link", "--explain", "Acme Corp", "--wikidata-table", TestData.wikidataTable().toString());
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().startsWith("Acme Corp (organization, urn:newskg:explain): not linked"), none.out());
        CliRunner.Result missing = CliRunner.run("link", "--store", store.toString(), "--explain", "Initech");
        assertEquals(2, missing.code(), missing.out());
        assertTrue(missing.err().contains("no entity named \"Initech\""), missing.err());
    }
}
