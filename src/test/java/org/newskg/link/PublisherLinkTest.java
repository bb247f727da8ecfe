package org.newskg.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A publication whose name is also an English word (an invented magazine, "Lantern", in a table of one item) is
 * linked when the article's byline names it as its author's employer, the article's publisher; the same name in
 * a story that gives it no such role stays unlinked, as any one-word English name with nothing in context does, and
 * so does an outlet whose item nothing types as a publication.
 */
class PublisherLinkTest {
    private static final String ITEM = "{\"id\": \"Q99999001\", \"label\": \"Lantern\", \"aliases\": [], \"sitelinks\": 20, "
            + "\"description\": \"American monthly magazine\", \"kind\": \"product\"}\n"
            // the same name, nothing saying what it is: the publisher role alone does not pick it
            + "{\"id\": \"Q99999002\", \"label\": \"Beacon\", \"aliases\": [], \"sitelinks\": 20, \"kind\": \"product\"}\n";

    private static String linkOf(Path tmp, String name, String text) throws IOException {
        return linkOf(tmp, name, text, "Lantern");
    }

    private static String linkOf(Path tmp, String name, String text, String explain) throws IOException {
        Path table = tmp.resolve("table.jsonl");
        Files.writeString(table, ITEM);
        Path article = tmp.resolve(name + ".txt");
        Files.writeString(article, text);
        Path store = tmp.resolve(name);
        CliRunner.Result b = CliRunner.run("build", "--store", store.toString(), "--published", "2026-02-02",
                "--wikidata-table", table.toString(), article.toString());
        assertEquals(0, b.code(), b.err());
        CliRunner.Result e = CliRunner.run("link", "--store", store.toString(), "--wikidata-table", table.toString(), "--explain", explain);
        assertEquals(0, e.code(), e.err());
        return e.out();
    }

    @Test
    void theBylinesOutletIsLinkedAsThePublisher(@TempDir Path tmp) throws IOException {
        String out = linkOf(tmp, "byline", "Globex to open a plant in Ohio\n\nBy Jane Roe, Lantern\n\n"
                + "Globex Corp said on Monday it would open a plant in Ohio next year. The company will hire 300 people.\n");
        assertTrue(out.startsWith("Lantern (organization,") && out.contains("linked to Q99999001"), out);
        assertTrue(out.contains("the articles' publisher"), out);
    }

    @Test
    void theSameNameWithNoPublisherRoleIsNotLinked(@TempDir Path tmp) throws IOException {
        String out = linkOf(tmp, "plain", "Globex to open a plant in Ohio\n\n"
                + "Globex Corp said on Monday it would open a plant in Ohio next year with Lantern, a lighting maker. The company will hire 300 people.\n");
        assertTrue(out.startsWith("Lantern (organization,") && out.contains("not linked"), out);
    }

    @Test
    void anOutletWhoseItemNothingTypesIsNotLinkedByTheBylineAlone(@TempDir Path tmp) throws IOException {
        String out = linkOf(tmp, "untyped", "Globex to open a plant in Ohio\n\nBy Jane Roe, Beacon\n\n"
                + "Globex Corp said on Monday it would open a plant in Ohio next year. The company will hire 300 people.\n", "Beacon");
        assertTrue(out.startsWith("Beacon (organization,") && out.contains("not linked"), out);
    }
}
