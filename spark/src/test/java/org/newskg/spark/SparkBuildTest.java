package org.newskg.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode on the corpus stories of the newskg tests (four articles that tell one deal and name
 * two different people alike), the bundled example article and a JSON Lines file with one good and one bad record: loaded with {@code newskg
 * load}, the store must hold exactly the quads {@code newskg build} stores from the same input, links included.
 */
class SparkBuildTest {
    private static JavaSparkContext sc;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setAppName("newskg test").setMaster("local[2]")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    private static Path corpus() throws IOException {
        Path in = dir.resolve("in");
        Path stories = Files.createDirectories(in.resolve("stories"));
        try (Stream<Path> s = Files.list(Path.of("../src/test/resources/corpus"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) Files.copy(p, stories.resolve(p.getFileName()));
        }
        // the bundled example, whose companies Wikidata knows
        Files.copy(Path.of("../src/main/resources/examples/seed-article.txt"), stories.resolve("5-seed-article.txt"));
        Files.writeString(in.resolve("more.jsonl"), String.join("\n",
                "{\"url\": \"https://example.org/initech\", \"published\": \"2026-02-03\", \"text\": \"Initech said on Monday it hired Maya Okafor as chief executive. Okafor led Globex's cloud unit.\"}",
                "{\"url\": \"https://example.org/empty\"}", ""), StandardCharsets.UTF_8);
        return in;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertTrue(code == 0 || code == 3, String.join(" ", args) + " exit " + code + ": " + err);
        return out.toString();
    }

    private static List<String> quads(Path store) throws IOException {
        Path nq = dir.resolve(store.getFileName() + ".nq");
        run("export", "--store", store.toString(), "--format", "nquads", "-o", nq.toString());
        return Files.readAllLines(nq).stream().filter(l -> !l.isBlank()).sorted().toList();
    }

    @Test
    void theJobAndALoadStoreWhatABuildStores() throws IOException {
        Path in = corpus();
        Path out = dir.resolve("out");
        new SparkBuild("2026-03-05").run(sc, List.of(in.toUri().toString()), out.toUri().toString());
        List<String> rejects;
        try (Stream<Path> s = Files.list(out.resolve("rejects"))) {
            rejects = s.filter(p -> p.getFileName().toString().startsWith("part-")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(1, rejects.size(), rejects.toString());
        assertTrue(rejects.get(0).contains("more.jsonl:2") && rejects.get(0).contains("neither html nor text"), rejects.get(0));

        Path loaded = dir.resolve("loaded"), built = dir.resolve("built");
        String said = run("load", "--store", loaded.toString(), out.toString());
        assertTrue(said.contains("stored 6 article graph(s)"), said);
        // the job reads its files in path order: the build is given them in that order
        run("build", "--quiet", "--published", "2026-03-05", "--store", built.toString(), in.resolve("more.jsonl").toString(),
                in.resolve("stories").toString());
        List<String> a = quads(loaded), b = quads(built);
        assertTrue(b.size() > 300, "quads built: " + b.size());
        assertTrue(b.stream().anyMatch(l -> l.contains("wikidata-links")), "the build linked entities");
        assertTrue(b.stream().anyMatch(l -> l.contains("Merge")), "the build joined entities across articles");
        assertEquals(b, a);

        // loaded again: every article is already stored from the same bytes
        String again = run("load", "--store", loaded.toString(), out.toString());
        assertTrue(again.contains("stored 0 article graph(s)") && again.contains("6 unchanged"), again);
        assertEquals(b, quads(loaded));
    }
}
