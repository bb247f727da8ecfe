package org.newskg.read;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.error.ArticleReadException;
import org.newskg.model.Article;
import org.newskg.cli.CliRunner;
import org.newskg.export.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading pages over HTTP from a local server: redirects, limits, content types, encodings, timeouts. */
class UrlFetcherTest {
    private static final String PAGE = "<html><head><title>Globex buys Initech café chain</title></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/tech'>Tech</a></nav><article><h1>Globex buys Initech café chain</h1>"
            + "<p>Globex Corp. said on Tuesday that it agreed to buy the Initech café chain for $40 million – a naïve bet, "
            + "rivals said, in a market that has shrunk for three years in a row.</p>"
            + "<p>Maria Okafor, the chief executive of Globex, said the deal would close in the second half of the year "
            + "after regulators in both countries approve it.</p></article></body></html>";
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", ex -> send(ex, 200, "text/html; charset=windows-1252", PAGE.getBytes(Charset.forName("windows-1252"))));
        server.createContext("/redirect", ex -> redirect(ex, "/page"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        server.createContext("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge", ex -> send(ex, 200, "text/html", new byte[2 << 20]));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/trickle", ex -> {
            // headers at once, then one byte a second: only a deadline on the whole fetch ends this
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 1000);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up, as it should
            }
        });
        server.createContext("/gzip", ex -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", buf.toByteArray());
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client hung up (it refused a body that is too large)
        }
    }

    private static UrlFetcher fetcher(long maxBytes, Duration timeout) {
        return new UrlFetcher(new UrlFetcher.Settings(timeout, maxBytes, 5, "newskg-test"));
    }

    private static Article read(ArticleInput in) {
        return new HtmlArticleReader(20 << 20).read(in);
    }

    @Test
    void aPageIsReadInTheEncodingTheServerDeclares() {
        Article a = read(fetcher(1 << 20, Duration.ofSeconds(5)).fetch(base + "/page"));
        assertTrue(a.text().contains("a naïve bet") && a.text().contains("café chain for $40 million – a"), a.text());
        assertEquals(base + "/page", a.url().orElse(""));
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlKept() {
        ArticleInput in = fetcher(1 << 20, Duration.ofSeconds(5)).fetch(base + "/redirect");
        assertEquals(base + "/page", in.url().orElse(""));
        assertEquals(base + "/redirect", in.origin());
    }

    @Test
    void gzippedPagesAreDecoded() {
        assertTrue(read(fetcher(1 << 20, Duration.ofSeconds(5)).fetch(base + "/gzip")).text().contains("Maria Okafor"));
    }

    @Test
    void everyRefusalNamesTheUrlAndTheReason() {
        UrlFetcher f = fetcher(1 << 20, Duration.ofSeconds(1));
        assertRefused(f, base + "/loop", "more than 5 redirects");
        assertRefused(f, base + "/to-file", "only http and https");
        assertRefused(f, base + "/pdf", "not an HTML page (Content-Type: application/pdf)");
        assertRefused(f, base + "/missing", "HTTP 404");
        assertRefused(f, base + "/huge", "larger than the limit");
        assertRefused(f, base + "/slow", "no answer within 1 s");
        assertRefused(f, "http://127.0.0.1:1/none", "cannot fetch");
        assertRefused(f, "http://exa mple.org/", "not a valid URL");
    }

    @Test
    void aServerThatTricklesItsBodyIsCutOffAtTheDeadline() {
        UrlFetcher f = new UrlFetcher(new UrlFetcher.Settings(Duration.ofSeconds(1), Duration.ofSeconds(3), 1 << 20, 5, "newskg-test"));
        long t0 = System.nanoTime();
        assertRefused(f, base + "/trickle", "did not arrive within the deadline of 3 s");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 10, "gave up only after " + seconds + " s");
    }

    private static void assertRefused(UrlFetcher f, String url, String reason) {
        ArticleReadException e = assertThrows(ArticleReadException.class, () -> f.fetch(url));
        assertTrue(e.getMessage().startsWith(url.strip()) && e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void theCommandLineReadsUrls() throws IOException {
        CliRunner.Result r = CliRunner.run("read", "--format", "json", base + "/redirect");
        assertEquals(0, r.code(), r.err());
        var json = Json.mapper().readTree(r.out());
        assertEquals("Globex buys Initech café chain", json.path("title").asText());
        assertEquals(base + "/page", json.path("url").asText());
        CliRunner.Result bad = CliRunner.run("read", base + "/pdf");
        assertEquals(1, bad.code());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }
}
