package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main job on the bundled example: build a store, run the canonical queries, export, rebuild. */
class BuildAndQueryTest {
    private static final Map<String, String> HEADERS = Map.of(
            "people", "name,title,organization",
            "organizations", "name,wikidata",
            "products", "name,maker,wikidata",
            "deals", "type,initiator,target,amount,currency,status,date",
            "timeline", "date,event",
            "figures", "subject,measure,value,unit");

    @TempDir
    Path tmp;

    @Test
    void exampleFillsEveryCanonicalTable() {
        Path store = tmp.resolve("kg");
        CliRun build = CliRun.of("build", "--store", store.toString(), "--published", "2026-03-05", TestData.example().toString());
        assertEquals(0, build.code(), build.err());
        for (Map.Entry<String, String> e : HEADERS.entrySet()) {
            CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", e.getKey());
            assertEquals(0, q.code(), q.err());
            List<String> lines = q.out().lines().toList();
            assertTrue(lines.get(0).startsWith(e.getValue()), e.getKey() + " columns: " + lines.get(0));
            assertTrue(lines.size() > 1, e.getKey() + " has rows");
        }
    }

    @Test
    void anArticlesRolesAndDealsReachTheTables() {
        Path store = tmp.resolve("deal");
        CliRun build = CliRun.of("build", "--store", store.toString(), "--published", "2026-01-13", "--no-link",
                "src/test/resources/articles/energy-deal.txt");
        assertEquals(0, build.code(), build.err());
        CliRun people = CliRun.of("query", "--store", store.toString(), "--format", "csv", "people");
        assertTrue(people.out().contains("Maria Okafor,chief executive,Globex Energy,false"), people.out());
        CliRun deals = CliRun.of("query", "--store", store.toString(), "--format", "csv", "deals");
        assertTrue(deals.out().contains("acquisition,Vattenfall,Globex Energy,2100000000"), deals.out());
    }

    @Test
    void oneOrganizationAcrossArticlesThatNameItDifferently() throws IOException {
        Path a = tmp.resolve("a.txt"), b = tmp.resolve("b.txt");
        Files.writeString(a, "Globex Inc. said on Monday that it hired Jane Roe as chief financial officer.\n");
        Files.writeString(b, "Shares of Globex rose after the company said that sales of its widgets doubled.\n");
        Path store = tmp.resolve("two");
        CliRun build = CliRun.of("build", "--store", store.toString(), "--published", "2026-01-13", "--no-link",
                a.toString(), b.toString());
        assertEquals(0, build.code(), build.err());
        List<String> rows = CliRun.of("query", "--store", store.toString(), "--format", "csv", "organizations").out()
                .lines().filter(l -> l.startsWith("Globex")).toList();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).endsWith(",2"), "named by both articles: " + rows);
    }

    @Test
    void rebuildingAnArticleReplacesItsGraph() throws IOException {
        Path store = tmp.resolve("kg");
        String[] build = {"build", "--store", store.toString(), "--published", "2026-03-05", TestData.example().toString()};
        assertEquals(0, CliRun.of(build).code());
        Path first = tmp.resolve("first.nq");
        assertEquals(0, CliRun.of("export", "--store", store.toString(), "--format", "nquads", "-o", first.toString()).code());
        assertEquals(0, CliRun.of(build).code());
        Path second = tmp.resolve("second.nq");
        assertEquals(0, CliRun.of("export", "--store", store.toString(), "--format", "nquads", "-o", second.toString()).code());
        assertEquals(Files.readAllLines(first).stream().sorted().toList(), Files.readAllLines(second).stream().sorted().toList());
    }

    @Test
    void failedBuildLeavesTheStoreAsItWas() throws IOException {
        Path store = tmp.resolve("kg");
        assertEquals(0, CliRun.of("build", "--store", store.toString(), "--published", "2026-03-05",
                TestData.example().toString()).code());
        CliRun before = CliRun.of("export", "--store", store.toString(), "--format", "nquads");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  ");
        Path golden = Path.of("src/test/resources/golden/acquisition-announced/article.txt");
        CliRun failed = CliRun.of("build", "--store", store.toString(), "--published", "2026-01-15", golden.toString(), empty.toString());
        assertEquals(1, failed.code());
        CliRun after = CliRun.of("export", "--store", store.toString(), "--format", "nquads");
        assertEquals(before.out().lines().sorted().toList(), after.out().lines().sorted().toList());
    }

    @Test
    void extractWritesEachFormat() {
        for (String f : List.of("turtle", "ntriples", "rdfxml", "trig", "nquads", "jsonld")) {
            CliRun r = CliRun.of("extract", "--published", "2026-01-13", "--format", f, "src/test/resources/articles/energy-deal.txt");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Maria Okafor"), f);
        }
    }
}
