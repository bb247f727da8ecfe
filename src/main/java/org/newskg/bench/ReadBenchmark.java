package org.newskg.bench;

import org.newskg.error.InvalidArgumentException;
import org.newskg.error.NewsKgException;
import org.newskg.model.Article;
import org.newskg.read.ArticleInput;
import org.newskg.read.HtmlArticleReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reading measured on a body-extraction corpus: every page read on one thread, its body written to
 * {@code OUT/<name>.txt} for {@code ../shared/eval/score_body_corpus.py CORPUS OUT} to score page by page, and the
 * pages read per second. Takes the Readability layout ({@code CORPUS/<name>/source.html}) and the scrapinghub
 * benchmark's ({@code CORPUS/html/<id>.html.gz}). A page that cannot be read gets an empty body and is counted.
 */
public final class ReadBenchmark {
    /** One page: its name, the words read, and why it gave nothing when it did not. */
    public record Page(String name, int words, Optional<String> error) {
    }

    /** The pages, in name order, and the timed reads with the seconds they took (writing the bodies left out). */
    public record Result(List<Page> pages, int reads, double seconds) {
        public double pagesPerSecond() {
            return seconds == 0 ? 0 : reads / seconds;
        }
    }

    private final HtmlArticleReader reader = new HtmlArticleReader(20 << 20);

    /**
     * Reads every page of {@code corpus} {@code rounds} times (the first pass warms up and is not timed when there
     * are two or more) and writes the bodies of the last pass under {@code out}.
     */
    public Result run(Path corpus, Path out, int rounds) {
        List<Path[]> pages = pages(corpus);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new NewsKgException("cannot create " + out + ": " + e.getMessage(), e);
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path[] p : pages) bytes.add(load(p[1]));
        List<Page> result = new ArrayList<>();
        double seconds = 0;
        int reads = 0;
        for (int round = 0; round < Math.max(1, rounds); round++) {
            boolean timed = rounds < 2 || round > 0;
            boolean last = round == Math.max(1, rounds) - 1;
            for (int k = 0; k < pages.size(); k++) {
                String name = pages.get(k)[0].toString();
                long t0 = System.nanoTime();
                String body;
                Optional<String> error = Optional.empty();
                try {
                    Article a = reader.read(new ArticleInput(bytes.get(k), name + ".html", Optional.empty()));
                    body = a.body();
                } catch (RuntimeException e) {
                    body = "";
                    error = Optional.of(String.valueOf(e.getMessage()));
                }
                if (timed) {
                    seconds += (System.nanoTime() - t0) / 1e9;
                    reads++;
                }
                if (!last) continue;
                write(out.resolve(name + ".txt"), body);
                result.add(new Page(name, body.isBlank() ? 0 : body.strip().split("\\s+").length, error));
            }
        }
        return new Result(List.copyOf(result), reads, seconds);
    }

    /** The pages of a corpus: name and file. */
    static List<Path[]> pages(Path corpus) {
        Path html = corpus.resolve("html");
        try {
            if (Files.isRegularFile(corpus.resolve("ground-truth.json")) && Files.isDirectory(html)) {
                try (Stream<Path> s = Files.list(html)) {
                    return s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted()
                            .map(p -> new Path[]{Path.of(p.getFileName().toString().replace(".html.gz", "")), p}).toList();
                }
            }
            try (Stream<Path> s = Files.list(corpus)) {
                List<Path[]> out = s.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted()
                        .map(d -> new Path[]{d.getFileName(), d.resolve("source.html")}).toList();
                if (out.isEmpty()) throw new InvalidArgumentException(corpus + ": not a body-extraction corpus (no <name>/source.html, no ground-truth.json with html/)");
                return out;
            }
        } catch (IOException e) {
            throw new InvalidArgumentException("cannot list " + corpus + ": " + e.getMessage());
        }
    }

    private static byte[] load(Path file) {
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String body) {
        try {
            Files.writeString(file, body + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
