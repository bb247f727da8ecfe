package org.newskg;

import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.Entity;
import org.newskg.model.Event;
import org.newskg.model.Evidence;
import org.newskg.model.Extraction;
import org.newskg.model.Figure;
import org.newskg.model.MadeBy;
import org.newskg.model.Mention;
import org.newskg.model.Role;
import org.newskg.model.Span;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property test: every stage after reading, run over articles recombined from many thousands of real sentences
 * (shuffled, cut, joined, with names swapped), never throws, keeps every mention inside its sentence and every
 * piece of evidence equal to the text it points at. The bundled texts always take part; the shared corpora (MEANTIME,
 * GUM, KnowledgeNet, the NER corpora) join when {@code ../shared} is beside the repository.
 */
class ExtractionFuzzTest {
    private static final long SEED = Long.getLong("newskg.fuzzSeed", 20261201L);
    private static final int MAX_FAILURES = 5;

    @Test
    void extractionNeverThrowsAndKeepsSpansInsideTheText() throws IOException {
        if (TestData.sharedRequired()) TestData.requireShared("corpora/meantime-dev");
        FuzzSentences.Pool pool = FuzzSentences.pool();
        assertTrue(pool.size() > 100, "too few sentences to fuzz with: " + pool.size());
        int articles = Integer.getInteger("newskg.fuzzArticles", TestData.hasShared() ? 3000 : 400);
        NewsKg kg = NewsKg.builder().build();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < articles && failures.size() < MAX_FAILURES; i++) {
            String text = FuzzSentences.article(pool, random);
            try {
                List<String> bad = check(kg.extract(articleOf(text)));
                if (!bad.isEmpty()) failures.add("article " + i + ": " + bad.get(0) + "\n" + text);
            } catch (RuntimeException e) {
                failures.add("article " + i + ": " + e + " at " + where(e) + "\n" + text);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + articles + " fuzzed articles failed (seed " + SEED
                + ", " + pool.size() + " sentences); first:\n" + String.join("\n-----\n", failures));
    }

    /** An article of plain text, one block a line, published on a fixed day so relative dates resolve. */
    static Article articleOf(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) blocks.add(new Block(new Span(start, i), BlockKind.PARAGRAPH));
                start = i + 1;
            }
        }
        return new Article(text, blocks, Optional.empty(), List.of(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 3, 5)), Optional.empty(), Optional.empty(), Optional.of("en"));
    }

    /** What is wrong with an extraction's spans and evidence; empty when nothing is. */
    static List<String> check(Extraction x) {
        String text = x.article().text();
        List<String> bad = new ArrayList<>();
        List<org.newskg.model.Sentence> sentences = new org.newskg.text.TextAnalyzer().analyze(x.article()).sentences();
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                if (m.span().end() > text.length()) {
                    bad.add("mention " + m + " outside the text");
                } else if (m.sentence() < 0 || m.sentence() >= sentences.size()
                        || !sentences.get(m.sentence()).span().contains(m.span())) {
                    bad.add("mention " + m + " outside its sentence");
                }
            }
        }
        Stream.of(x.roles().stream().map(Role::evidence), x.makers().stream().map(MadeBy::evidence),
                        x.events().stream().map(Event::evidence), x.figures().stream().map(Figure::evidence),
                        x.deals().stream().flatMap(d -> d.evidence().stream()))
                .flatMap(s -> s)
                .forEach(ev -> checkEvidence(text, ev, bad));
        return bad;
    }

    private static void checkEvidence(String text, Evidence ev, List<String> bad) {
        if (ev.span().end() > text.length()) {
            bad.add("evidence " + ev.span() + " outside the text of length " + text.length());
        } else if (!ev.span().of(text).equals(ev.text())) {
            bad.add("evidence " + ev.span() + " says '" + ev.text() + "' but the text there is '" + ev.span().of(text) + "'");
        }
    }

    /** The innermost frame of newskg's own code. */
    private static String where(Throwable e) {
        return java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.newskg."))
                .findFirst().map(StackTraceElement::toString).orElse("?");
    }
}
