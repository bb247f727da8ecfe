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
    void aBuildRunAgainStoresOnlyWhatIsMissingOrChanged() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(dir.resolve("a.txt"), "Globex hires Jane Roe\n\nGlobex hired Jane Roe as chief executive on Monday.\n");
        Files.writeString(dir.resolve("b.txt"), "Initech buys Hooli\n\nInitech agreed to buy Hooli for $5 million on Tuesday.\n");
        Path kg = tmp.resolve("kg");
        String[] build = {"build", "--store", kg.toString(), "--no-link", "--published", "2026-03-02", dir.toString()};
        assertEquals(0, CliRunner.run(build).code());
        String first = CliRunner.run("export", "--store", kg.toString(), "--format", "nquads").out();

        CliRunner.Result again = CliRunner.run(build);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("a.txt: unchanged, already stored") && again.out().contains("b.txt: unchanged"), again.out());
        assertTrue(again.out().contains("stored 0 article graph(s) in " + kg + " (2 unchanged, already stored)"), again.out());
        assertEquals(first, CliRunner.run("export", "--store", kg.toString(), "--format", "nquads").out());

        Files.writeString(dir.resolve("b.txt"), "Initech buys Hooli\n\nInitech agreed to buy Hooli for $7 million on Tuesday.\n");
        CliRunner.Result changed = CliRunner.run(build);
        assertTrue(changed.out().contains("stored 1 article graph(s) in " + kg + " (1 unchanged, already stored)"), changed.out());
        // without a URL an article is keyed by its text: the changed file is a second telling, and the two disagree
        String conflicts = CliRunner.run("query", "--store", kg.toString(), "--format", "csv", "conflicts").out();
        assertTrue(conflicts.contains("deal,acquisition of Hooli (amount),\"\",5000000.0 USD,7000000.0 USD,"), conflicts);
    }

    @Test
    void quietPrintsOnlyTheSummaryAndAListOnStandardInputIsRead() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Globex hires Jane Roe\n\nGlobex hired Jane Roe as chief executive on Monday.\n");
        Path b = Files.writeString(tmp.resolve("b.txt"), "Initech buys Hooli\n\nInitech agreed to buy Hooli for $5 million on Tuesday.\n");
        java.io.InputStream stdin = System.in;
        CliRunner.Result r;
        try {
            System.setIn(new java.io.ByteArrayInputStream((a + "\n# a comment\n" + b + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            r = CliRunner.run("build", "--store", tmp.resolve("kg").toString(), "--no-link", "--quiet", "--published", "2026-03-02", "-");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, r.code(), r.err());
        assertEquals("stored 2 article graph(s) in " + tmp.resolve("kg"), r.out().strip());
        assertEquals("", r.err().strip(), "no progress lines when quiet");
    }

    @Test
    void aBadArticleIsRejectedAndTheOthersAreStored() throws IOException {
        Path store = tmp.resolve("kg");
        assertEquals(0, CliRun.of("build", "--store", store.toString(), "--published", "2026-03-05",
                TestData.example().toString()).code());
        CliRun before = CliRun.of("export", "--store", store.toString(), "--format", "nquads");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  ");
        Path golden = Path.of("src/test/resources/golden/acquisition-announced/article.txt");
        Path rejects = tmp.resolve("rejects.tsv");
        // --strict stops at the first bad article: nothing after it, and nothing of it, is stored
        CliRun strict = CliRun.of("build", "--store", store.toString(), "--strict", "--published", "2026-01-15",
                empty.toString(), golden.toString());
        assertEquals(1, strict.code(), strict.err());
        assertEquals(before.out().lines().sorted().toList(),
                CliRun.of("export", "--store", store.toString(), "--format", "nquads").out().lines().sorted().toList());
        // without it the bad article is reported, listed in the rejects file and skipped; the good one is stored
        CliRun mixed = CliRun.of("build", "--store", store.toString(), "--published", "2026-01-15", "--rejects",
                rejects.toString(), empty.toString(), golden.toString());
        assertEquals(3, mixed.code(), mixed.err());
        assertTrue(mixed.err().contains("rejected: " + empty), mixed.err());
        assertTrue(mixed.out().contains("stored 1 article graph(s)") && mixed.out().contains("1 article(s) rejected"), mixed.out());
        List<String> listed = Files.readAllLines(rejects);
        assertEquals(1, listed.size(), listed.toString());
        assertTrue(listed.get(0).startsWith(empty + "\t"), listed.get(0));
        long graphsBefore = before.out().lines().map(l -> l.substring(l.lastIndexOf('<'))).distinct().count();
        long graphsAfter = CliRun.of("export", "--store", store.toString(), "--format", "nquads").out().lines()
                .map(l -> l.substring(l.lastIndexOf('<'))).distinct().count();
        assertEquals(graphsBefore + 1, graphsAfter);
    }

    @Test
    void aFolderAndAJsonLinesFileAreReadArticleByArticle() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("corpus/deep"));
        Files.copy(Path.of("src/test/resources/articles/energy-deal.txt"), folder.resolve("energy-deal.txt"));
        Files.writeString(tmp.resolve("corpus/notes.md"), "not an article");
        Path jsonl = tmp.resolve("batch.jsonl");
        String text = Files.readString(Path.of("src/test/resources/golden/acquisition-announced/article.txt"));
        Files.writeString(jsonl, "{\"url\": \"https://news.example/a\", \"text\": " + new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(text) + ", \"published\": \"2026-01-15\"}\n" + "{\"url\": \"https://news.example/b\"}\n"
                + "this line is not JSON\n");
        Path store = tmp.resolve("kg2");
        CliRun r = CliRun.of("build", "--store", store.toString(), "--no-link", "--published", "2026-01-13",
                tmp.resolve("corpus").toString(), jsonl.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.out().contains("energy-deal.txt: ") && r.out().contains(jsonl + ":1: "), r.out());
        assertTrue(r.err().contains("rejected: " + jsonl + ":2: the record has neither html nor text"), r.err());
        assertTrue(r.err().contains("rejected: " + jsonl + ":3: not a JSON object"), r.err());
        assertTrue(r.out().contains("stored 2 article graph(s)"), r.out());
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
