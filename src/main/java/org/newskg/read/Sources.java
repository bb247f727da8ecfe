package org.newskg.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newskg.error.ArticleReadException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The articles a crawler or an archive gives, one at a time: files, folders (every {@code .html}, {@code .htm} and
 * {@code .txt} file inside, at any depth, gzipped or not, in path order), {@code @FILE} lists (one path or URL a
 * line), gzip files, JSON Lines files ({@code .jsonl}, {@code .jsonl.gz}: one article a line, {@code url},
 * {@code html} or {@code text}, optional {@code published}), WARC archives ({@code .warc}, {@code .warc.gz}: every
 * HTML page captured with status 200, {@link WarcRecords}), {@code -} (a list of paths or URLs on standard input)
 * and http(s) URLs. Nothing is read before it is asked
 * for, so a corpus of any size is read in bounded memory. A source that cannot be read fails when its input is
 * asked for, with a message that names it (the file, the URL, the JSON Lines file and line).
 */
public final class Sources implements Iterator<Sources.Source> {
    /** One article to read: where it comes from, and its bytes when asked for. */
    public record Source(String origin, Supplier<ArticleInput> input) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARTICLE_FILES = List.of(".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz");
    private static final List<String> JSON_LINES = List.of(".jsonl", ".jsonl.gz", ".ndjson");
    private static final List<String> WARC = List.of(".warc", ".warc.gz");

    private final Deque<String> args;
    private final long maxBytes;
    private final Supplier<UrlFetcher> fetcher;
    private Iterator<Source> current = java.util.Collections.emptyIterator();

    /**
     * @param args     paths, folders, {@code @FILE} lists, JSON Lines files or URLs, in the order given
     * @param maxBytes the largest article accepted
     */
    public Sources(List<String> args, long maxBytes) {
        this.args = new ArrayDeque<>(args);
        this.maxBytes = maxBytes;
        UrlFetcher[] f = new UrlFetcher[1];
        this.fetcher = () -> f[0] != null ? f[0] : (f[0] = new UrlFetcher(UrlFetcher.Settings.of(maxBytes)));
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (args.isEmpty()) return false;
            current = expand(args.removeFirst());
        }
        return true;
    }

    @Override
    public Source next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    private Iterator<Source> expand(String arg) {
        if (UrlFetcher.isUrl(arg)) return List.of(new Source(arg, () -> fetcher.get().fetch(arg))).iterator();
        if (arg.equals("-") || arg.startsWith("@") && arg.length() > 1) {
            try {
                // "-" is a list of paths or URLs on standard input, one a line
                List<String> all = arg.equals("-")
                        ? new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList()
                        : Files.readAllLines(Path.of(arg.substring(1)), StandardCharsets.UTF_8);
                List<String> lines = all.stream()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                // the list's entries come next, before the arguments after it
                Deque<String> rest = new ArrayDeque<>(lines);
                rest.addAll(args);
                args.clear();
                args.addAll(rest);
                return java.util.Collections.emptyIterator();
            } catch (IOException e) {
                return failed(arg, arg + ": cannot read the list: " + e.getMessage());
            }
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                List<Source> files = s.filter(Files::isRegularFile).filter(Sources::isArticleFile).sorted()
                        .map(f -> file(f.toString())).toList();
                if (files.isEmpty()) return failed(arg, arg + ": the folder holds no .html, .htm or .txt file");
                return files.iterator();
            } catch (IOException | UncheckedIOException e) {
                return failed(arg, arg + ": cannot list the folder: " + e.getMessage());
            }
        }
        String lower = arg.toLowerCase(Locale.ROOT);
        if (JSON_LINES.stream().anyMatch(lower::endsWith)) return jsonLines(p, arg);
        if (WARC.stream().anyMatch(lower::endsWith)) {
            if (!Files.isRegularFile(p)) return failed(arg, arg + ": no such file");
            try {
                return new WarcRecords(p, arg, maxBytes);
            } catch (IOException e) {
                return failed(arg, arg + ": cannot read the WARC file: " + e.getMessage());
            }
        }
        return List.of(file(arg)).iterator();
    }

    /**
     * Whether the argument stands for exactly one article (a file, not a folder, a list, standard input, JSON Lines,
     * a WARC or a URL), so that a build can tell how many it has before it reads them.
     */
    public static boolean oneArticle(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return !arg.equals("-") && !arg.startsWith("@") && !UrlFetcher.isUrl(arg) && !Files.isDirectory(Path.of(arg))
                && JSON_LINES.stream().noneMatch(lower::endsWith) && WARC.stream().noneMatch(lower::endsWith);
    }

    private static boolean isArticleFile(Path f) {
        return isArticleFile(f.getFileName().toString());
    }

    /** Whether a file of this name in a folder is read as an article (.html, .htm, .txt, gzipped or not). */
    public static boolean isArticleFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return ARTICLE_FILES.stream().anyMatch(n::endsWith);
    }

    /** Whether a file of this name holds many articles (JSON Lines or WARC, gzipped or not). */
    public static boolean isArchive(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return JSON_LINES.stream().anyMatch(n::endsWith) || WARC.stream().anyMatch(n::endsWith);
    }

    private static Iterator<Source> failed(String origin, String message) {
        return List.of(new Source(origin, () -> {
            throw new ArticleReadException(message);
        })).iterator();
    }

    private Source file(String arg) {
        return new Source(arg, () -> arg.endsWith(".gz") ? gzipFile(arg) : readFile(arg, Optional.empty(), maxBytes));
    }

    /**
     * A plain article file as one input, refused with a one-line error when it is missing, a folder or larger than
     * {@code maxBytes}.
     */
    public static ArticleInput readFile(String arg, Optional<String> url, long maxBytes) {
        Path p = existingFile(arg);
        try {
            long size = Files.size(p);
            if (size > maxBytes) {
                throw new ArticleReadException(arg + ": file is " + Sizes.describe(size, maxBytes)
                        + ", larger than the limit of " + Sizes.describe(maxBytes, size) + " for one article");
            }
            return new ArticleInput(Files.readAllBytes(p), arg, url);
        } catch (IOException e) {
            throw new ArticleReadException(arg + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Path existingFile(String arg) {
        Path p = Path.of(arg);
        if (!Files.exists(p)) throw new ArticleReadException(arg + ": no such file");
        if (Files.isDirectory(p)) throw new ArticleReadException(arg + ": is a folder, not an article file");
        return p;
    }

    /** A gzip file of one article; the limit applies to what it holds. */
    private ArticleInput gzipFile(String arg) {
        Path p = existingFile(arg);
        try {
            return new ArticleInput(gunzip(p, arg), arg, Optional.empty());
        } catch (IOException e) {
            throw new ArticleReadException(arg + ": cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] gunzip(Path p, String arg) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (b.length > maxBytes) {
                throw new ArticleReadException(arg + ": uncompressed, larger than the limit of " + Sizes.describe(maxBytes, 0) + " for one article");
            }
            return b;
        }
    }

    /** One source per line of a JSON Lines file, read as the lines are asked for. */
    private Iterator<Source> jsonLines(Path p, String arg) {
        BufferedReader r;
        try {
            InputStream in = Files.newInputStream(p);
            if (arg.toLowerCase(Locale.ROOT).endsWith(".gz")) in = new GZIPInputStream(in);
            r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return failed(arg, arg + ": cannot read: " + (Files.exists(p) ? e.getMessage() : "no such file"));
        }
        return new Iterator<>() {
            private String line;
            private int number;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (line == null && !done) {
                    try {
                        line = r.readLine();
                        number++;
                    } catch (IOException e) {
                        line = null;
                        done = true;
                        closeQuietly(r);
                        return false;
                    }
                    if (line == null) {
                        done = true;
                        closeQuietly(r);
                    } else if (line.isBlank()) {
                        line = null;
                    }
                }
                return line != null;
            }

            @Override
            public Source next() {
                if (!hasNext()) throw new NoSuchElementException();
                String l = line;
                line = null;
                String origin = arg + ":" + number;
                return new Source(origin, () -> record(l, origin));
            }
        };
    }

    private ArticleInput record(String line, String origin) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new ArticleReadException(origin + ": not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (n == null || !n.isObject()) throw new ArticleReadException(origin + ": not a JSON object");
        String html = n.path("html").asText(""), text = n.path("text").asText("");
        if (html.isEmpty() && text.isEmpty()) throw new ArticleReadException(origin + ": the record has neither html nor text");
        Optional<String> url = Optional.of(n.path("url").asText("")).filter(u -> !u.isBlank());
        Optional<LocalDate> published = Optional.empty();
        String d = n.path("published").asText("");
        if (!d.isBlank()) {
            try {
                published = Optional.of(LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d));
            } catch (DateTimeParseException e) {
                throw new ArticleReadException(origin + ": published is not a date (YYYY-MM-DD…): " + d);
            }
        }
        byte[] bytes = (html.isEmpty() ? text : html).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new ArticleReadException(origin + ": the article is larger than the limit of " + Sizes.describe(maxBytes, 0));
        }
        return new ArticleInput(bytes, origin, url, Optional.empty(), published);
    }

    private static void closeQuietly(BufferedReader r) {
        try {
            r.close();
        } catch (IOException e) {
            // the file was read to its end or failed; nothing more to do
        }
    }
}
