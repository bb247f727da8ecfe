package org.newskg.read;

import org.newskg.ArticleReadException;

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
import java.util.zip.GZIPInputStream;

/**
 * Fetches a news page over http(s) for a reader: a timeout on connecting and on the answer, at most
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
     * @param timeout      connect timeout, and the longest wait for an answer
     * @param maxBytes     larger bodies are refused
     * @param maxRedirects redirects followed before giving up
     * @param userAgent    sent with every request
     */
    public record Settings(Duration timeout, long maxBytes, int maxRedirects, String userAgent) {
        public Settings {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(userAgent, "userAgent");
            if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }

        /** 20 s timeouts, 5 redirects, newskg's User-Agent. */
        public static Settings of(long maxBytes) {
            return new Settings(Duration.ofSeconds(20), maxBytes, 5, "newskg/0.1.0 (+https://newskg.org)");
        }
    }

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
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> r = send(uri, start);
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
            byte[] body = body(r, start);
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

    private HttpResponse<InputStream> send(URI uri, URI start) {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").header("Accept-Encoding", "gzip").GET().build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ArticleReadException(start + ": no answer within " + settings.timeout().toSeconds() + " s", e);
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

    private byte[] body(HttpResponse<InputStream> r, URI start) {
        boolean gzip = r.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        long limit = settings.maxBytes();
        try (InputStream raw = r.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (b.length > limit) {
                throw new ArticleReadException(start + ": the page is larger than the limit of " + limit / (1024 * 1024) + " MiB");
            }
            return b;
        } catch (HttpTimeoutException e) {
            throw new ArticleReadException(start + ": the page did not arrive within " + settings.timeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ArticleReadException(start + ": cannot read the page: " + e.getMessage(), e);
        }
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException e) {
            // nothing more to read from a response we are leaving
        }
    }
}
