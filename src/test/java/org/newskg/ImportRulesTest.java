package org.newskg;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Only the packages the style guide names may import Jena, Jsoup and picocli; nothing imports cli; and no stage
 * uses a later stage of the pipeline, by import or by a qualified name.
 */
class ImportRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/newskg");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("org.apache.jena", Set.of("rdf", "link", "corpus", "store", "serve", "query", "export", "", "build")),
            Map.entry("org.jsoup", Set.of("read")),
            Map.entry("picocli", Set.of("cli")),
            Map.entry("me.tongfei", Set.of("cli")),
            Map.entry("org.netpreserve", Set.of("read")),
            Map.entry("opennlp", Set.of("train", "text")),
            Map.entry("ai.onnxruntime", Set.of("encode")),
            Map.entry("ai.djl", Set.of("encode")),
            Map.entry("org.eclipse.jetty", Set.of("serve")),
            Map.entry("jakarta.servlet", Set.of("serve")),
            Map.entry("org.newskg.cli", Set.of("cli")));

    /** The pipeline, first to last; the root package ("") is the facade that composes the stages before it. */
    private static final List<String> ORDER = List.of("error", "model", "lang", "text", "read", "encode", "mention", "resolve", "extract",
            "rdf", "store", "query", "export", "link", "corpus", "serve", "", "build", "bench", "train", "cli");
    private static final java.util.regex.Pattern USE = java.util.regex.Pattern.compile("\\borg\\.newskg\\.([a-z]+\\.)?[A-Z]");

    /** A line of a main source file, with the file and its package ("" for the root). */
    private record Line(Path file, String pkg, String text) {
    }

    private static List<Line> lines() throws IOException {
        List<Line> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                for (String line : Files.readAllLines(f)) out.add(new Line(f, pkg, line));
            }
        }
        return out;
    }

    @Test
    void noStageUsesALaterStage() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Line l : lines()) {
            int rank = ORDER.indexOf(l.pkg());
            if (rank < 0) {
                broken.add(l.file() + ": package '" + l.pkg() + "' has no place in the pipeline order");
                continue;
            }
            java.util.regex.Matcher m = USE.matcher(l.text());
            while (m.find()) {
                String used = m.group(1) == null ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                int usedRank = ORDER.indexOf(used);
                if (!used.equals(l.pkg()) && (usedRank < 0 || usedRank > rank)) {
                    broken.add(l.file() + ": " + l.pkg() + " uses the later stage " + used + ": " + l.text().strip());
                }
            }
        }
        assertEquals(List.of(), broken.stream().distinct().toList());
    }

    @Test
    void importsFollowThePipelineLayers() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Line l : lines()) {
            if (!l.text().startsWith("import ")) continue;
            for (Map.Entry<String, Set<String>> rule : ALLOWED.entrySet()) {
                if (l.text().contains(" " + rule.getKey() + ".") && !rule.getValue().contains(l.pkg())) {
                    broken.add(l.file() + ": " + l.text());
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
