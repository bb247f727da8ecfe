package org.newskg.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.cli.CliRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolution across the 60 Wikinews articles of {@code ../shared/corpora/meantime-dev}, built into one store as
 * {@code run_crossdoc.py} builds them: no entity ends up with two kinds (person, organization, product), whatever the joins.
 */
class CrossArticleKindsTest {
    @TempDir
    Path tmp;

    @Test
    void noEntityOfTheCorpusHasTwoKinds() throws IOException {
        Path corpus = TestData.requireShared("corpora/meantime-dev");
        List<String> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
        }
        assertTrue(files.size() >= 50, "meantime-dev has its articles: " + files.size());
        List<String> build = new ArrayList<>(List.of("build", "--store", tmp.resolve("kg").toString(), "--no-link",
                "--quiet", "--published", "2005-01-01"));
        build.addAll(files);
        assertEquals(0, CliRunner.run(build.toArray(String[]::new)).code());
        String rows = CliRunner.run("query", "--store", tmp.resolve("kg").toString(), "--format", "csv",
                "src/test/resources/corpus/entities-of-two-kinds.rq").out();
        assertEquals("e,types", rows.strip(), "entities of two kinds");
        String orgs = CliRunner.run("query", "--store", tmp.resolve("kg").toString(), "--format", "csv", "organizations").out();
        assertTrue(orgs.lines().count() > 20, "the corpus's organizations are stored");
    }
}
