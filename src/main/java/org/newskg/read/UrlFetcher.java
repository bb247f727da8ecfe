package org.newskg.read;

import org.newskg.error.ArticleReadException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Fetches a news page over http(s) for a reader: a timeout on connecting and on the answer, a total deadline for
 * the whole fetch (redirects and body included, so a server that trickles its body cannot hold it), at most
 * {@code maxRedirects} redirects (to http or https only), at most {@code maxBytes} of body, and only HTML
 * ({@code text/html}, {@code application/xhtml+xml}). Anything else is an {@link ArticleReadException} that names
 * the URL and the problem.
 *
 * <pre>
 * ArticleInput page = new UrlFetcher(UrlFetcher.Settings.of(20 &lt;&lt; 20)).fetch(URI.create("https://example.org/news/1"));
 * </pre>
 */
public final class UrlFetcher {
    /**
     * @param timeout      connect timeout, and the longest wait for an answer's headers
     * @param deadline     the longest the whole fetch may take, from the first request to the last byte
     * @param maxBytes     larger bodies are refused
     * @param maxRedirects redirects followed before giving up
     * @param userAgent    sent with every request
     */
    public record Settings(Duration timeout, Duration deadline, long maxBytes, int maxRedirects, String userAgent) {
        public Settings {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(userAgent, "userAgent");
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
            if (deadline.compareTo(timeout) < 0) {
                throw new IllegalArgumentException("the deadline " + deadline + " is shorter than the timeout " + timeout);
            }
            if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }

        /** A deadline of three timeouts. */
        public Settings(Duration timeout, long maxBytes, int maxRedirects, String userAgent) {
            this(timeout, timeout.multipliedBy(3), maxBytes, maxRedirects, userAgent);
        }

        /** 20 s timeouts, a 60 s deadline, 5 redirects, newskg's User-Agent. */
        public static Settings of(long maxBytes) {
            return new Settings(Duration.ofSeconds(20), maxBytes, 5, "newskg/0.1.0 (+https://newskg.org)");
        }
    }

    /** One daemon thread for every fetcher: it only closes streams whose deadline has come. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-fetch-deadline");
        t.setDaemon(true);
        return t;
    });
    private final Settings settings;
    private final HttpClient client;

    public UrlFetcher(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Whether {@code arg} is an http(s) URL rather than a file name. */
    public static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /**
     * Fetches the page at a URL given as text.
     *
     * @throws ArticleReadException when the text is not a URL, or as {@link #fetch(URI)}
     */
    public ArticleInput fetch(String url) {
        try {
            return fetch(new URI(url.strip()));
        } catch (java.net.URISyntaxException e) {
            throw new ArticleReadException(url + ": not a valid URL: " + e.getMessage(), e);
        }
    }

    /**
     * @return the page's bytes, with its final URL and the charset the server declared
     * @throws ArticleReadException when the page cannot be fetched or is not an HTML page
     */
    public ArticleInput fetch(URI start) {
        URI uri = check(start, start);
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> r = send(uri, start, deadline);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
                close(r);
                if (redirects >= settings.maxRedirects()) {
                    throw new ArticleReadException(start + ": more than " + settings.maxRedirects() + " redirects");
                }
                uri = check(uri.resolve(r.headers().firstValue("Location").get().strip()), start);
                continue;
            }
            if (status != 200) {
                close(r);
                throw new ArticleReadException(start + ": the server answered HTTP " + status);
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            String mime = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
                close(r);
                throw new ArticleReadException(start + ": not an HTML page (Content-Type: "
                        + (type.isBlank() ? "none" : type) + ")");
            }
            byte[] body = body(r, start, deadline);
            return new ArticleInput(body, start.toString(), Optional.of(uri.toString()), CharsetGuess.fromContentType(type));
        }
    }

    private static URI check(URI uri, URI start) {
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ArticleReadException(start + ": only http and https URLs can be read" + (uri.equals(start) ? "" : " (redirected to " + uri + ")"));
        }
        return uri;
    }

    private HttpResponse<InputStream> send(URI uri, URI start, long deadline) {
        Duration wait = remaining(deadline, start);
        Duration timeout = wait.compareTo(settings.timeout()) < 0 ? wait : settings.timeout();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").header("Accept-Encoding", "gzip").GET().build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ArticleReadException(start + ": no answer within " + seconds(timeout), e);
        } catch (IOException e) {
            throw new ArticleReadException(start + ": cannot fetch: " + Optional.ofNullable(e.getMessage())
                    .orElse(e instanceof java.net.ConnectException ? "connection refused" : "input/output error"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleReadException(start + ": interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new ArticleReadException(start + ": not a valid URL: " + e.getMessage(), e);
        }
    }

    /**
     * The body, read until the deadline: a watchdog closes the stream when the time is up, which ends a read that
     * waits on a server sending nothing or one byte at a time.
     */
    private byte[] body(HttpResponse<InputStream> r, URI start, long deadline) {
        boolean gzip = r.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        long limit = settings.maxBytes();
        InputStream raw = r.body();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> close(r), Math.max(0, deadline - System.nanoTime()),
                TimeUnit.NANOSECONDS);
        try (raw; InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (System.nanoTime() - deadline >= 0) throw late(start);
            if (b.length > limit) {
                throw new ArticleReadException(start + ": the page is larger than the limit of " + limit / (1024 * 1024) + " MiB");
            }
            return b;
        } catch (HttpTimeoutException e) {
            throw new ArticleReadException(start + ": the page did not arrive within " + seconds(settings.timeout()), e);
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0) throw late(start);
            throw new ArticleReadException(start + ": cannot read the page: " + e.getMessage(), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private ArticleReadException late(URI start) {
        return new ArticleReadException(start + ": the page did not arrive within the deadline of " + seconds(settings.deadline()));
    }

    private Duration remaining(long deadline, URI start) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw late(start);
        return Duration.ofNanos(left);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException e) {
            // nothing more to read from a response we are leaving
        }
    }
}
