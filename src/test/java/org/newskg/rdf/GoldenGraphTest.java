package org.newskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.model.Extraction;
import org.newskg.read.ArticleInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every folder under {@code golden/} is a case: its article's graph must be isomorphic to {@code expected.ttl}.
 * Plain-text cases are published on {@link #TEXT_DATE}. Run with {@code -Dnewskg.updateGolden=true} to rewrite
 * the expected graphs, then review the diff.
 */
class GoldenGraphTest {
    static final LocalDate TEXT_DATE = LocalDate.of(2026, 1, 15);
    static final Path ROOT = Path.of("src/test/resources/golden");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void articleGraphMatchesExpectedGraph(Path dir) throws IOException {
        Assumptions.assumeFalse(Files.exists(dir.resolve("DISABLED")), () -> read(dir.resolve("DISABLED")));
        Path article = Files.exists(dir.resolve("article.html")) ? dir.resolve("article.html") : dir.resolve("article.txt");
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(TEXT_DATE)).build();
        Extraction x = kg.process(new ArticleInput(Files.readAllBytes(article), article.toString(), Optional.empty()));
        Model actual = kg.map(x);
        assertTrue(new GraphValidator().validate(actual).isEmpty(), "the golden graph conforms to the shapes");
        Path expectedFile = dir.resolve("expected.ttl");
        if (Boolean.getBoolean("newskg.updateGolden")) {
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, Lang.TURTLE);
            }
            Assumptions.abort("wrote " + expectedFile + "; review it");
        }
        assertTrue(Files.exists(expectedFile), expectedFile + " is missing: run with -Dnewskg.updateGolden=true and review it");
        Model expected = ModelFactory.createDefaultModel();
        RDFDataMgr.read(expected, expectedFile.toString(), Lang.TURTLE);
        if (!expected.isIsomorphicWith(actual)) {
            fail("graph of " + dir.getFileName() + " differs from expected.ttl\n--- expected\n" + sorted(expected)
                    + "\n--- actual\n" + sorted(actual));
        }
    }

    static String sorted(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
        List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
        return String.join("\n", lines.stream().sorted().toList());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p).strip();
        } catch (IOException e) {
            return "disabled";
        }
    }
}
