package org.newskg.eval;

import org.junit.jupiter.api.Test;
import org.newskg.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The split of the dev cases into a tuning and a checking half covers every case once, half and half. */
class DevSplitTest {
    private static final Path SPLIT = Path.of("src/test/resources/eval/dev-split.tsv");

    @Test
    void everyDevCaseIsInExactlyOneHalf() throws IOException {
        Map<String, List<String>> halves = Files.readAllLines(SPLIT).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                .collect(Collectors.groupingBy(f -> f[0], Collectors.mapping(f -> f[1], Collectors.toList())));
        assertEquals(new TreeSet<>(List.of("checking", "tuning")), new TreeSet<>(halves.keySet()));
        assertEquals(halves.get("tuning").size(), halves.get("checking").size(), "two halves");
        Path dev = TestData.requireShared("eval/dev");
        try (Stream<Path> s = Files.list(dev)) {
            TreeSet<String> cases = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            TreeSet<String> split = new TreeSet<>(halves.get("tuning"));
            split.addAll(halves.get("checking"));
            assertEquals(cases, split, "the split names every dev case once");
            assertEquals(cases.size(), halves.get("tuning").size() + halves.get("checking").size(), "no case twice");
        }
    }
}
