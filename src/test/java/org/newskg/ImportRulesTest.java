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
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org.apache.jena", Set.of("rdf", "link", "store", "serve", "query", "export", ""),
            "org.jsoup", Set.of("read"),
            "picocli", Set.of("cli"),
            "org.eclipse.jetty", Set.of("serve"),
            "jakarta.servlet", Set.of("serve"),
            "org.newskg.cli", Set.of("cli"));

    /** The pipeline, first to last; the root package ("") is the facade that composes the stages before it. */
    private static final List<String> ORDER = List.of("error", "model", "lang", "text", "read", "mention", "resolve", "extract",
            "rdf", "store", "query", "export", "link", "serve", "", "bench", "cli");
    private static final java.util.regex.Pattern USE = java.util.regex.Pattern.compile("\\borg\\.newskg\\.([a-z]+\\.)?[A-Z]");

    @Test
    void noStageUsesALaterStage() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                int rank = ORDER.indexOf(pkg);
                if (rank < 0) {
                    broken.add(f + ": package '" + pkg + "' has no place in the pipeline order");
                    continue;
                }
                for (String line : Files.readAllLines(f)) {
                    java.util.regex.Matcher m = USE.matcher(line);
                    while (m.find()) {
                        String used = m.group(1) == null ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                        int usedRank = ORDER.indexOf(used);
                        if (!used.equals(pkg) && (usedRank < 0 || usedRank > rank)) {
                            broken.add(f + ": " + pkg + " uses the later stage " + used + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void importsFollowThePipelineLayers() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) continue;
                    for (Map.Entry<String, Set<String>> rule : ALLOWED.entrySet()) {
                        if (line.contains(" " + rule.getKey() + ".") && !rule.getValue().contains(pkg)) {
                            broken.add(f + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
