package org.newskg.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.cli.CliRunner;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WARC archives as a crawler writes them (made here with jwarc's writer, around real pages of the test resources):
 * the HTML pages captured with status 200 are the articles; requests, errors, redirects and images are not.
 */
class WarcRecordsTest {
    @TempDir
    Path dir;

    private static final Path PAGES = Path.of("src/test/resources/pages");
    private static final Instant CAPTURED = Instant.parse("2026-04-02T23:30:00Z");

    private Path archive(String name, WarcCompression compression) throws IOException {
        Path warc = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, compression)) {
            String[][] captures = {
                    {"https://news.example/a", "200", "text/html; charset=utf-8", "hosted-blog-post.html"},
                    {"https://news.example/missing", "404", "text/html", "scores-list.html"},
                    {"https://news.example/logo.png", "200", "image/png", ""},
                    {"https://news.example/moved", "301", "text/html", ""},
                    {"https://news.example/b", "200", "text/html", "updated-line-above-story.html"}};
            for (String[] c : captures) {
                w.write(new WarcRequest.Builder(c[0]).date(CAPTURED)
                        .body(new HttpRequest.Builder("GET", c[0]).build()).build());
                byte[] body = c[3].isEmpty() ? new byte[]{(byte) 0x89, 'P', 'N', 'G'} : Files.readAllBytes(PAGES.resolve(c[3]));
                HttpResponse http = new HttpResponse.Builder(Integer.parseInt(c[1]), "X")
                        .body(MediaType.parse(c[2]), body).build();
                w.write(new WarcResponse.Builder(c[0]).date(CAPTURED).body(http).build());
            }
        }
        return warc;
    }

    private static List<Sources.Source> all(Path p) {
        List<Sources.Source> out = new ArrayList<>();
        new Sources(List.of(p.toString()), 1 << 22).forEachRemaining(out::add);
        return out;
    }

    @Test
    void theHtmlPagesCapturedWithStatus200AreTheArticles() throws IOException {
        for (Path warc : List.of(archive("crawl.warc", WarcCompression.NONE), archive("crawl.warc.gz", WarcCompression.GZIP))) {
            List<Sources.Source> s = all(warc);
            assertEquals(List.of("https://news.example/a", "https://news.example/b"), s.stream().map(Sources.Source::origin).toList(), warc.toString());
            ArticleInput a = s.get(0).input().get();
            assertArrayEquals(Files.readAllBytes(PAGES.resolve("hosted-blog-post.html")), a.bytes());
            assertEquals(Optional.of("https://news.example/a"), a.url());
            assertEquals(Optional.of(java.nio.charset.StandardCharsets.UTF_8), a.charset());
            assertEquals(Optional.of(LocalDate.of(2026, 4, 2)), a.published(), "the capture day, UTC, to fall back on");
        }
    }

    @Test
    void buildStoresTheArchivesPagesAndATruncatedArchiveFailsAtItsBrokenRecordOnly() throws IOException {
        Path warc = archive("crawl.warc.gz", WarcCompression.GZIP);
        Path store = dir.resolve("kg");
        CliRunner.Result b = CliRunner.run("build", "--store", store.toString(), "--no-link", warc.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("stored 2 article graph(s)"), b.out());

        byte[] whole = Files.readAllBytes(archive("plain.warc", WarcCompression.NONE));
        Path cut = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(whole, whole.length - 2000));
        List<Sources.Source> s = all(cut);
        assertEquals("https://news.example/a", s.get(0).origin());
        Sources.Source last = s.get(s.size() - 1);
        assertTrue(last.origin().startsWith(cut + "@"), last.origin());
        org.newskg.error.ArticleReadException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.newskg.error.ArticleReadException.class, () -> last.input().get());
        assertTrue(e.getMessage().contains("cannot read the WARC record"), e.getMessage());
    }
}
