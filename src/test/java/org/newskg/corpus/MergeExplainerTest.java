package org.newskg.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newskg merges --explain} on the invented story of {@link CorpusResolutionTest} (four articles, each built on
 * its own into one store) and one more article naming a person whose surname is a company's name: each stored
 * entity of a name with the joins that made it one node, and the entities kept apart with the reason.
 */
class MergeExplainerTest {
    private static final Path STORIES = Path.of("src/test/resources/corpus");
    @TempDir
    static Path tmp;
    private static Path store;

    @BeforeAll
    static void build() throws IOException {
        store = tmp.resolve("kg");
        Path namesake = tmp.resolve("5-namesake.txt");
        Files.writeString(namesake, "Vandelay Industries hires a finance chief\n\n"
                + "Vandelay Industries named Priya Initech its chief financial officer on Friday. Initech joins from a bank, the company said.\n");
        String[][] articles = {{STORIES.resolve("1-deal-announced.txt").toString(), "2026-01-12"},
                {STORIES.resolve("2-other-okafor.txt").toString(), "2026-02-03"},
                {STORIES.resolve("3-deal-completed.txt").toString(), "2026-03-20"},
                {STORIES.resolve("4-unrelated-okafor.txt").toString(), "2026-03-25"},
                {namesake.toString(), "2026-04-02"}};
        for (String[] a : articles) {
            CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), "--no-link", "--published", a[1], a[0]);
            assertEquals(0, r.code(), r.err());
        }
    }

    private static List<String> explain(String name) {
        CliRunner.Result r = CliRunner.run("merges", "--store", store.toString(), "--explain", name);
        assertEquals(0, r.code(), r.err());
        return r.out().lines().toList();
    }

    @Test
    void aJoinListsItsArticleNameEvidenceAndScore() {
        List<String> out = explain("Globex Data Systems");
        assertTrue(out.get(0).startsWith("Globex Data Systems (organization, https://newskg.org/id/organization/"), out.get(0));
        assertTrue(out.get(0).contains("named in 2 article(s)"), out.get(0));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("  joined  \"GDS\" in \"") && l.contains(": acronym: \"GDS\"")
                && l.endsWith("(score 0.85)")), String.join("\n", out));
    }

    @Test
    void aSurnameShowsTheFullNameItJoinedAndThePeopleKeptApart() {
        String out = String.join("\n", explain("Okafor"));
        assertTrue(out.contains("Maria Okafor (person,"), out);
        assertTrue(out.contains("joined  \"Okafor\" in \""), out);
        assertTrue(out.contains("surname and full name"), out);
        // the chairwoman Okafor of an unrelated company shares no context with Maria Okafor
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  apart   Okafor (person,") && l.contains("no entity is named with both")), out);
    }

    @Test
    void aCompanyAndAPersonOfTheSameNameAreKeptApartAsTwoKinds() {
        String out = String.join("\n", explain("Initech"));
        assertTrue(out.contains("Initech (organization,"), out);
        assertTrue(out.contains("Priya Initech (person,"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  apart   Priya Initech (person,") && l.contains("another kind")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  apart   Initech (organization,") && l.contains("another kind")), out);
    }

    @Test
    void aNameTheStoreDoesNotHoldIsAOneLineError() {
        CliRunner.Result r = CliRunner.run("merges", "--store", store.toString(), "--explain", "Nobody Anywhere");
        assertEquals(1, r.code(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no stored entity named \"Nobody Anywhere\""), r.err());
    }
}
