package org.newskg.text;

import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.Sentence;
import org.newskg.model.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {
    private static List<Sentence> split(String text) {
        Article a = new Article(text, List.of(new Block(new Span(0, text.length()), BlockKind.PARAGRAPH)), Optional.empty(),
                List.of(), Optional.empty(), Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), Optional.empty(),
                Optional.of("en"));
        return new SentenceSplitter().split(a);
    }

    @Test
    void abbreviationsInitialsAndNumbersDoNotEndSentences() {
        List<Sentence> s = split("Acme Corp. hired George W. Bush Jr. as adviser for $2.5 billion in the U.S. on Monday. "
                + "“It is done,” he said. Shares rose 5.2% on Jan. 3.");
        assertEquals(3, s.size(), s.toString());
        assertEquals("“It is done,” he said.", s.get(1).text());
    }

    @Test
    void runOnTextIsCutIntoBoundedSentencesAtWhiteSpace() {
        String text = "word ".repeat(5000).strip();
        List<Sentence> s = split(text);
        assertTrue(s.size() >= 25, "cut into pieces: " + s.size());
        for (Sentence x : s) {
            assertTrue(x.text().length() <= SentenceSplitter.MAX_SENTENCE);
            assertEquals(x.text(), x.span().of(text));
            assertTrue(!x.text().startsWith(" ") && !x.text().endsWith(" "));
        }
        assertEquals(5000, s.stream().mapToInt(x -> x.text().split(" ").length).sum(), "no word lost or split");
    }
}
