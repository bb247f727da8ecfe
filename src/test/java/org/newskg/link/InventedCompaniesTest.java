package org.newskg.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No false links: fifty invented news passages about invented companies and people, built and linked against the
 * bundled snapshot, give no link at all, though several companies share a word with a real brand ("Acme Corp" and
 * Acme Markets, "Umbrella Corp" and Umbrella) and the passages are found to name the companies.
 */
class InventedCompaniesTest {
    private static final String[] TEMPLATES = {
            "%1$s names %3$s chief executive\n\n%1$s hired %3$s as chief executive, the company said on Monday. "
                    + "%3$s previously ran sales at %2$s. %1$s makes software for hospitals.\n",
            "%1$s to buy %2$s\n\n%1$s agreed to acquire %2$s for $120 million, %1$s said on Tuesday. %3$s, chief "
                    + "executive of %1$s, said the deal would close in June.\n",
            "%2$s backs %1$s\n\n%2$s invested $15 million in %1$s, the startup's founder %3$s said on Wednesday. "
                    + "%1$s was founded in 2019 and employs 40 people.\n"};

    private static List<String[]> rows() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/link/invented-companies.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }

    @Test
    void fiftyInventedPassagesGiveNoLink(@TempDir Path tmp) throws IOException {
        List<String[]> rows = rows();
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < 50; i++) {
            String[] a = rows.get(i % rows.size());
            String[] b = rows.get((i + 7) % rows.size());
            String text = String.format(TEMPLATES[i % TEMPLATES.length], a[0], b[0], a[1]);
            Files.writeString(articles.resolve(String.format("passage-%02d.txt", i)), text, StandardCharsets.UTF_8);
        }
        Path store = tmp.resolve("kg");
        CliRunner.Result b = CliRunner.run("build", "--store", store.toString(), "--published", "2026-03-02", articles.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("linked 0 of "), b.out());

        String orgs = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "organizations").out();
        long found = rows.stream().filter(r -> orgs.contains(r[0])).count();
        assertTrue(found >= rows.size() - 4, "the passages name the companies (" + found + " of " + rows.size() + " found): " + orgs);
        String quads = CliRunner.run("export", "--store", store.toString(), "--format", "nquads").out();
        assertFalse(quads.contains("owl#sameAs"), "no entity is linked");
    }
}
