package org.newskg.train;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The made-up training sentences: reproducible, of all three kinds, and free of the names an excluded folder writes. */
class SpanFramesTest {
    private static Set<String> names(List<NameSample> samples, String type) {
        return samples.stream().flatMap(s -> java.util.Arrays.stream(s.getNames()).filter(n -> n.getType().equals(type))
                .map(n -> String.join(" ", java.util.Arrays.asList(s.getSentence()).subList(n.getStart(), n.getEnd()))))
                .collect(Collectors.toSet());
    }

    @Test
    void theSameSeedGivesTheSameSentencesWithEveryKind() {
        List<NameSample> a = SpanFrames.sentences(3, 7, n -> true), b = SpanFrames.sentences(3, 7, n -> true);
        assertEquals(a, b);
        for (String kind : List.of("product", "organization", "person")) assertTrue(names(a, kind).size() > 10, kind);
        for (NameSample s : a) {
            for (Span n : s.getNames()) assertTrue(Character.isUpperCase(s.getSentence()[n.getStart()].codePointAt(0))
                    || Character.isDigit(s.getSentence()[n.getStart()].codePointAt(0)));
        }
    }

    @Test
    void namesWrittenInAnExcludedFolderAreNotUsed(@TempDir Path dir) throws IOException {
        Set<String> used = names(SpanFrames.sentences(20, 11, n -> true), "product");
        String some = used.iterator().next();
        Files.writeString(dir.resolve("article.txt"), "Yesterday, " + some.toUpperCase() + "! was everywhere.");
        WrittenNames written = new WrittenNames(List.of(dir));
        assertFalse(written.absent().test(some), "case and punctuation do not matter");
        assertTrue(written.absent().test("Zyxwvut Quantum Deck"));
        assertFalse(names(SpanFrames.sentences(20, 11, written.absent()), "product").contains(some));
    }
}
