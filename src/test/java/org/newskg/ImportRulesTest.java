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

/** Only the packages the style guide names may import Jena, Jsoup and picocli; nothing imports cli. */
class ImportRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/newskg");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org.apache.jena", Set.of("rdf", "link", "store", "serve", "query", "export", ""),
            "org.jsoup", Set.of("read"),
            "picocli", Set.of("cli"),
            "org.eclipse.jetty", Set.of("serve"),
            "jakarta.servlet", Set.of("serve"),
            "org.newskg.cli", Set.of("cli"));

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
