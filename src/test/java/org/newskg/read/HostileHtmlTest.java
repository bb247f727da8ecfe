package org.newskg.read;

import org.junit.jupiter.api.Test;
import org.newskg.error.ArticleReadException;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.TestData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * 1,000 malformed and hostile inputs, generated from a fixed seed (truncated and corrupted real pages, deep
 * nesting, huge attributes, binary garbage, script-only pages, tag soup, endless text): reading each either gives
 * an article or a one-line {@link ArticleReadException}, never anything else; every tenth also goes through the
 * whole pipeline. The slowest input is printed; the generous timeout only catches a hang, it is not a speed target.
 */
class HostileHtmlTest {
    private static final int INPUTS = 1000;

    @Test
    void noInputCrashesTheReaderOrThePipeline() throws IOException {
        List<byte[]> real = realPages();
        Random rnd = new Random(20261125L);
        SniffingArticleReader reader = SniffingArticleReader.of(NewsKgConfig.DEFAULT_MAX_INPUT_BYTES);
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
        int articles = 0, refused = 0;
        long slowestNanos = 0;
        String slowest = "";
        for (int i = 0; i < INPUTS; i++) {
            int kind = i % KINDS;
            byte[] input = generate(kind, rnd, real);
            ArticleInput in = new ArticleInput(input, "hostile-" + i + "-kind-" + kind, Optional.empty());
            boolean whole = i % 10 == 0;
            long t0 = System.nanoTime();
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                    if (whole) kg.process(in);
                    else reader.read(in);
                }, in.origin());
                articles++;
            } catch (ArticleReadException e) {
                refused++;
                if (e.getMessage() == null || e.getMessage().contains("\n")) fail(in.origin() + ": message not one line: " + e.getMessage());
            } catch (RuntimeException | Error e) {
                if (e instanceof org.opentest4j.AssertionFailedError) throw e;
                fail(in.origin() + " (" + input.length + " bytes) crashed: " + e, e);
            }
            long took = System.nanoTime() - t0;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = in.origin() + " (" + input.length + " bytes)";
            }
        }
        System.out.printf("hostile inputs: %d read, %d refused; slowest %s in %.0f ms%n", articles, refused, slowest,
                slowestNanos / 1e6);
        assertEquals(INPUTS, articles + refused);
    }

    private static final int KINDS = 10;

    private static byte[] generate(int kind, Random rnd, List<byte[]> real) {
        byte[] page = real.get(rnd.nextInt(real.size()));
        return switch (kind) {
            case 0 -> java.util.Arrays.copyOf(page, 1 + rnd.nextInt(page.length)); // truncated anywhere
            case 1 -> corrupt(page, rnd);
            case 2 -> nested(rnd);
            case 3 -> ("<html><body><a href=\"" + "x".repeat(100_000 + rnd.nextInt(3_000_000)) + "\">link</a><p>"
                    + "Globex said on Monday that it would buy Initech. ".repeat(1 + rnd.nextInt(20)) + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> {
                byte[] b = new byte[1 + rnd.nextInt(200_000)];
                rnd.nextBytes(b);
                yield b;
            }
            case 5 -> ("<html><head><script>" + "var a=[1,2,3];function f(){return '<p>not text</p>';}".repeat(1 + rnd.nextInt(5000))
                    + "</script></head><body><script>document.write('<p>hello</p>')</script></body></html>").getBytes(StandardCharsets.UTF_8);
            case 6 -> soup(rnd);
            case 7 -> ("<p>" + "word ".repeat(10_000 + rnd.nextInt(200_000)) + "</p>").getBytes(StandardCharsets.UTF_8);
            case 8 -> {
                StringBuilder s = new StringBuilder("<html><body>");
                int n = 1000 + rnd.nextInt(10_000);
                for (int k = 0; k < n; k++) s.append("<p>Acme ").append(k).append(" said so.</p>");
                yield s.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> new String[]{"", " ", "\uFEFF", "<html>", "<!-- never closed", "<![CDATA[", "<<<<>>>>", "&amp;&#x110000;&#0;",
                    "<html><body></body></html>", "<title></title>", "\u0000\u0000\u0000"}[rnd.nextInt(11)].getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] corrupt(byte[] page, Random rnd) {
        byte[] b = page.clone();
        int flips = 1 + rnd.nextInt(Math.max(1, b.length / 50));
        for (int k = 0; k < flips; k++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        return b;
    }

    private static byte[] nested(Random rnd) {
        int depth = 1000 + rnd.nextInt(40_000);
        String tag = new String[]{"div", "span", "table", "ul", "b", "section"}[rnd.nextInt(6)];
        StringBuilder s = new StringBuilder("<html><body>");
        s.append(("<" + tag + ">").repeat(depth)).append("<p>Globex hired Maria Okafor as chief executive in June 2024.</p>");
        if (rnd.nextBoolean()) s.append(("</" + tag + ">").repeat(depth));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] soup(Random rnd) {
        String[] parts = {"<div", ">", "</div>", "<p>", "</p", "<a href='", "'", "\"", "<!--", "-->", "<script>", "</script>",
                "<style>", "&nbsp;", "&#9999999;", "<![CDATA[", "]]>", "<table><tr><td>", "<br/>", "Globex ", "said ", "on ",
                "Tuesday ", ". ", "<meta charset=", "utf-8>", "<h1>", "<title>", "\u0000", "\uFFFF", "日本語", "<svg><path d='", "<img src=x onerror=alert(1)>"};
        StringBuilder s = new StringBuilder();
        int n = 10 + rnd.nextInt(20_000);
        for (int k = 0; k < n; k++) s.append(parts[rnd.nextInt(parts.length)]);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> realPages() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        Path corpus = TestData.shared().resolve("corpora/readability");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                for (Path p : s.sorted().limit(20).toList()) {
                    if (Files.exists(p.resolve("source.html"))) pages.add(Files.readAllBytes(p.resolve("source.html")));
                }
            }
        }
        pages.add(Files.readAllBytes(Path.of("src/test/resources/golden/html-partnership/article.html")));
        return pages;
    }
}
