package org.newskg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.error.InvalidArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read benchmark on a corpus in the Readability layout made of two of the invented test pages. */
class ReadBenchmarkTest {
    @Test
    void everyPageIsReadAndItsBodyWrittenForTheScorer(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        for (String page : new String[]{"forum-thread", "metadata-only-template"}) {
            Files.createDirectories(corpus.resolve(page));
            Files.copy(Path.of("src/test/resources/pages/" + page + ".html"), corpus.resolve(page).resolve("source.html"));
        }
        Path out = dir.resolve("out");
        ReadBenchmark.Result r = new ReadBenchmark().run(corpus, out, 2);
        assertEquals(2, r.pages().size());
        assertEquals(2, r.reads()); // the first pass warms up
        assertTrue(r.pagesPerSecond() > 0);
        String forum = Files.readString(out.resolve("forum-thread.txt"));
        assertTrue(forum.startsWith("Since I installed the latest system update"), forum);
        assertTrue(Files.readString(out.resolve("metadata-only-template.txt")).startsWith("The river port of Eastbank"));
        assertTrue(r.pages().stream().allMatch(p -> p.words() > 20 && p.error().isEmpty()), r.pages().toString());
    }

    @Test
    void aFolderWithoutPagesIsRefusedWithAReason(@TempDir Path dir) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new ReadBenchmark().run(dir, dir.resolve("out"), 1));
        assertTrue(e.getMessage().contains("not a body-extraction corpus"), e.getMessage());
    }
}
