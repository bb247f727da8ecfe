package org.newskg.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.newskg.TestData;
import org.newskg.export.Json;
import org.newskg.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 77 real pages of {@code shared/corpora/readability}: the body, title and publication date newskg reads
 * agree with what Readability.js gives for them (bag-of-words F1 of the body as score_body.py computes it).
 */
class ReadabilityCorpusTest {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<Path> PAGES = new ArrayList<>();
    private static final Map<Path, Article> READ = new HashMap<>();

    @BeforeAll
    static void readAll() throws IOException {
        Path corpus = TestData.shared().resolve("corpora/readability");
        TestData.requireShared("corpora/readability");
        try (Stream<Path> s = Files.list(corpus)) {
            s.filter(p -> Files.exists(p.resolve("source.html"))).sorted().forEach(PAGES::add);
        }
        HtmlArticleReader reader = new HtmlArticleReader(20 << 20);
        for (Path p : PAGES) {
            READ.put(p, reader.read(new ArticleInput(Files.readAllBytes(p.resolve("source.html")), p.toString(), Optional.empty())));
        }
    }

    private static JsonNode expected(Path page) throws IOException {
        return Json.mapper().readTree(page.resolve("expected-metadata.json").toFile());
    }

    @Test
    void titlesMatchExactly() throws IOException {
        int same = 0;
        List<String> wrong = new ArrayList<>();
        for (Path p : PAGES) {
            String want = expected(p).path("title").asText("").replaceAll("\\s+", " ").strip();
            String got = READ.get(p).title().orElse("");
            if (want.equals(got)) same++;
            else wrong.add(p.getFileName() + ": " + want + " | " + got);
        }
        assertTrue(same >= 0.95 * PAGES.size(), same + " of " + PAGES.size() + " titles; wrong: " + wrong);
    }

    @Test
    void publicationDatesMatchWhereThePageHasOne() throws IOException {
        int dated = 0, same = 0;
        List<String> wrong = new ArrayList<>();
        for (Path p : PAGES) {
            String want = expected(p).path("publishedTime").asText("");
            if (want.isEmpty()) continue;
            dated++;
            String got = READ.get(p).date().map(Object::toString).orElse("");
            if (want.startsWith(got) && !got.isEmpty()) same++;
            else wrong.add(p.getFileName() + ": " + want + " | " + got);
        }
        assertTrue(dated >= 20, "pages with a date: " + dated);
        assertTrue(same >= 0.95 * dated, same + " of " + dated + " dates; wrong: " + wrong);
    }

    @Test
    void bodiesAgreeWithReadability() throws IOException {
        double sum = 0;
        List<String> worst = new ArrayList<>();
        for (Path p : PAGES) {
            String expected = Jsoup.parse(Files.readString(p.resolve("expected.html"))).text();
            double f = f1(bag(expected), bag(READ.get(p).text()));
            sum += f;
            if (f < 0.7) worst.add(p.getFileName() + String.format(" %.2f", f));
        }
        double mean = sum / PAGES.size();
        assertTrue(mean >= 0.92, String.format("mean bag-of-words F1 %.3f; below 0.7: %s", mean, worst));
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> m = new HashMap<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) m.merge(w.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        return m;
    }

    private static double f1(Map<String, Integer> want, Map<String, Integer> got) {
        int tp = 0, nw = 0, ng = 0;
        for (int v : want.values()) nw += v;
        for (int v : got.values()) ng += v;
        for (Map.Entry<String, Integer> e : want.entrySet()) tp += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
        if (tp == 0) return 0;
        double p = (double) tp / ng, r = (double) tp / nw;
        return 2 * p * r / (p + r);
    }

    @Test
    void noBodyIsASmallPartOfThePagesProse() throws IOException {
        List<String> implausible = new ArrayList<>();
        for (Path p : PAGES) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(p.resolve("source.html")));
            doc.select("script, style, nav, header, footer, aside, form").remove();
            int prose = 0;
            for (org.jsoup.nodes.Element para : doc.select("p")) {
                int len = para.text().length();
                int links = para.select("a").stream().mapToInt(a -> a.text().length()).sum();
                if (len > 80 && links < 0.2 * len) prose += len;
            }
            int body = READ.get(p).blocks().stream().filter(b -> b.kind() == org.newskg.model.BlockKind.PARAGRAPH)
                    .mapToInt(b -> b.span().length()).sum();
            if (prose >= 2000 && body * 4 < prose) implausible.add(p.getFileName() + " (" + body + " of " + prose + ")");
        }
        assertEquals(List.of(), implausible, "bodies far smaller than the prose of their page");
    }
}
