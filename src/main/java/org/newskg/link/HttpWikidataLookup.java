package org.newskg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newskg.error.LinkingException;
import org.newskg.export.Json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The Wikidata Action API ({@code wbsearchentities}, {@code wbgetentities}) as a {@link WikidataLookup}, used
 * politely: a descriptive User-Agent, {@code maxlag=5}, one request at a time, at most 50 ids per
 * {@code wbgetentities}, gzip, {@code Retry-After} honoured on maxlag and 429, bounded retries with backoff and
 * timeouts. Every answer goes to a {@link ResponseCache} when one is given, and offline a question the cache
 * cannot answer gets "nothing found" without any request.
 *
 * <pre>
 * WikidataLookup api = new HttpWikidataLookup(HttpWikidataLookup.Settings.of(URI.create(
 *         "https://www.wikidata.org/w/api.php"), "newskg/0.1 (mailto:you@example.org)"), Optional.of(cache), false);
 * </pre>
 */
public final class HttpWikidataLookup implements WikidataLookup {
    /** Wikidata's limit on ids per {@code wbgetentities} call for ordinary clients. */
    public static final int MAX_IDS = 50;
    private static final int DEAD_AFTER = 3;

    /**
     * How to reach the API.
     *
     * @param endpoint   the {@code api.php} URL
     * @param userAgent  sent with every request; Wikimedia asks for a name and a contact
     * @param timeout    connect and response timeout of one request
     * @param maxRetries further attempts after a failed one
     * @param maxWait    longest pause a {@code Retry-After} may ask for
     */
    public record Settings(URI endpoint, String userAgent, Duration timeout, int maxRetries, Duration maxWait) {
        public Settings {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(userAgent, "userAgent");
            if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }

        /** 10 s timeouts, 3 retries, waits of at most 30 s. */
        public static Settings of(URI endpoint, String userAgent) {
            return new Settings(endpoint, userAgent, Duration.ofSeconds(10), 3, Duration.ofSeconds(30));
        }
    }

    private final Settings settings;
    private final Optional<ResponseCache> cache;
    private final boolean offline;
    private final HttpClient client;
    private final ObjectMapper mapper = Json.mapper();
    private int requests;
    private int unreachable;

    public HttpWikidataLookup(Settings settings, Optional<ResponseCache> cache, boolean offline) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.offline = offline;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** How many HTTP requests this lookup has sent (retries included). */
    public synchronized int requests() {
        return requests;
    }

    @Override
    public synchronized List<String> search(String name, int limit) {
        String key = "wbsearchentities\u0000" + NameKey.of(name) + "\u0000" + limit;
        Optional<String> hit = cached(key);
        if (hit.isEmpty() && offline) return List.of();
        String body = hit.orElseGet(() -> call(Map.of("action", "wbsearchentities", "search", name,
                "language", "en", "uselang", "en", "type", "item", "limit", String.valueOf(limit))));
        JsonNode answer = parse(body);
        if (hit.isEmpty()) cache.ifPresent(c -> c.put(key, body));
        List<String> ids = new ArrayList<>();
        for (JsonNode found : answer.path("search")) {
            String id = found.path("id").asText("");
            if (!id.isEmpty()) ids.add(id);
        }
        return ids;
    }

    @Override
    public synchronized Map<String, WikidataItem> items(Collection<String> ids) {
        Map<String, WikidataItem> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids.stream().distinct().toList()) {
            Optional<String> hit = cached("entity\u0000" + id);
            if (hit.isPresent()) WikidataJson.fromEntity(parse(hit.get())).ifPresent(i -> out.put(id, i));
            else missing.add(id);
        }
        if (offline) return out;
        for (int from = 0; from < missing.size(); from += MAX_IDS) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + MAX_IDS));
            JsonNode entities = parse(call(Map.of("action", "wbgetentities", "ids", String.join("|", batch),
                    "props", "labels|aliases|descriptions|claims", "languages", "en"))).path("entities");
            for (String id : batch) {
                JsonNode e = entities.path(id);
                if (e.isMissingNode()) continue;
                cache.ifPresent(c -> c.put("entity\u0000" + id, e.toString()));
                WikidataJson.fromEntity(e).ifPresent(i -> out.put(id, i));
            }
        }
        return out;
    }

    @Override
    public String method() {
        return "wikidata-api";
    }

    private Optional<String> cached(String key) {
        return cache.flatMap(c -> c.get(key));
    }

    private JsonNode parse(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new LinkingException(settings.endpoint() + ": the answer is not JSON: " + e.getMessage(), e);
        }
    }

    /** One API call with retries; returns the body of a successful answer. */
    private String call(Map<String, String> params) {
        if (unreachable >= DEAD_AFTER) {
            throw new LinkingException(settings.endpoint() + ": Wikidata endpoint unreachable; gave up after "
                    + DEAD_AFTER + " failed calls");
        }
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("format", "json");
        all.put("maxlag", "5");
        String query = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(settings.endpoint() + (settings.endpoint().getQuery() == null ? "?" : "&") + query);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept", "application/json")
                .header("Accept-Encoding", "gzip").GET().build();
        String problem = "no attempt";
        boolean reached = false;
        Optional<Duration> askedWait = Optional.empty();
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            if (attempt > 0) pause(askedWait.orElse(backoff(attempt)));
            askedWait = Optional.empty();
            HttpResponse<InputStream> response;
            requests++;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                problem = "cannot reach it: " + (e instanceof java.net.ConnectException ? "connection refused"
                        : e instanceof java.net.http.HttpTimeoutException ? "timed out after " + settings.timeout().toMillis() + " ms"
                        : Optional.ofNullable(e.getMessage()).orElse("input/output error"));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkingException(settings.endpoint() + ": interrupted", e);
            }
            reached = true;
            unreachable = 0;
            int status = response.statusCode();
            String body = body(response);
            Duration retryAfter = retryAfter(response);
            if (status == 429 || status == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                problem = "HTTP " + status;
                askedWait = Optional.of(retryAfter);
                continue;
            }
            if (status >= 500) {
                problem = "HTTP " + status;
                continue;
            }
            if (status != 200) {
                throw new LinkingException(settings.endpoint() + ": HTTP " + status + " for " + params.get("action"));
            }
            JsonNode error = parse(body).path("error");
            if (error.isMissingNode()) return body;
            if ("maxlag".equals(error.path("code").asText())) {
                problem = "maxlag: " + error.path("info").asText();
                askedWait = Optional.of(retryAfter);
                continue;
            }
            throw new LinkingException(settings.endpoint() + ": Wikidata error " + error.path("code").asText()
                    + ": " + error.path("info").asText());
        }
        if (!reached) unreachable++;
        throw new LinkingException(settings.endpoint() + ": " + params.get("action") + " failed after "
                + (settings.maxRetries() + 1) + " attempts: " + problem);
    }

    private String body(HttpResponse<InputStream> response) {
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        try (InputStream in = gzip ? new GZIPInputStream(response.body()) : response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private Duration retryAfter(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                return 5L;
            }
        }).orElse(5L);
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        return d.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : d;
    }

    private Duration backoff(int attempt) {
        Duration d = Duration.ofMillis(250L << Math.min(attempt - 1, 6));
        return d.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : d;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkingException("interrupted while waiting for Wikidata", e);
        }
    }
}
