package org.newskg.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.error.ArticleReadException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expanding the arguments of a build into articles, one at a time. */
class SourcesTest {
    @TempDir
    Path dir;

    private static List<Sources.Source> all(List<String> args) {
        List<Sources.Source> out = new ArrayList<>();
        new Sources(args, 1 << 20).forEachRemaining(out::add);
        return out;
    }

    @Test
    void listsFoldersAndGzipFilesGiveTheirArticlesInOrder() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Globex hired Jane Roe.");
        Path folder = Files.createDirectories(dir.resolve("f/sub"));
        Files.writeString(folder.resolve("c.html"), "<p>Initech bought Hooli.</p>");
        Files.writeString(dir.resolve("f/b.txt"), "Hooli raised money.");
        Files.writeString(dir.resolve("f/skip.json"), "{}");
        Path gz = dir.resolve("d.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write("Acme opened a plant.".getBytes(StandardCharsets.UTF_8));
        }
        Path list = Files.writeString(dir.resolve("list.txt"), "# articles\n" + gz + "\n" + a + "\n");
        List<Sources.Source> s = all(List.of("@" + list, dir.resolve("f").toString()));
        assertEquals(List.of(gz.toString(), a.toString(), dir.resolve("f/b.txt").toString(), folder.resolve("c.html").toString()),
                s.stream().map(Sources.Source::origin).toList());
        assertEquals("Acme opened a plant.", new String(s.get(0).input().get().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aJsonLinesRecordCarriesItsUrlAndDateAndABadLineFailsAlone() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("x.jsonl"), "{\"url\":\"https://n.example/1\",\"html\":\"<p>Hi</p>\",\"published\":\"2026-02-03T10:00:00Z\"}\n\n{\"text\":\"\"}\n");
        List<Sources.Source> s = all(List.of(jsonl.toString()));
        assertEquals(List.of(jsonl + ":1", jsonl + ":3"), s.stream().map(Sources.Source::origin).toList());
        ArticleInput first = s.get(0).input().get();
        assertEquals(Optional.of("https://n.example/1"), first.url());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 3)), first.published());
        ArticleReadException e = assertThrows(ArticleReadException.class, () -> s.get(1).input().get());
        assertTrue(e.getMessage().startsWith(jsonl + ":3: "), e.getMessage());
    }

    @Test
    void aMissingFileOrAnEmptyFolderFailsWhenItsArticleIsRead() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        List<Sources.Source> s = all(List.of(dir.resolve("nope.txt").toString(), dir.resolve("empty").toString()));
        assertEquals(2, s.size());
        assertTrue(assertThrows(ArticleReadException.class, () -> s.get(0).input().get()).getMessage().endsWith("no such file"));
        assertTrue(assertThrows(ArticleReadException.class, () -> s.get(1).input().get()).getMessage().contains("holds no .html"));
    }
}
