package org.newskg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.newskg.TestData;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPOutputStream;

/**
 * A local server that speaks the Wikidata Action API on loopback: {@code wbgetentities} replays the recorded real
 * responses in {@code src/test/resources/wikidata/fixtures/} for the items they hold and answers the others from
 * the test part of the real entity table in Wikibase JSON; {@code wbsearchentities} searches that table's labels and aliases as Wikidata's
 * prefix-free exact search does. Faults can be queued: a maxlag error, 429 with Retry-After, 5xx, a stall longer
 * than the client's timeout, a body that is not JSON. Answers are gzipped when the client asks.
 */
final class FakeWikidataApi implements AutoCloseable {
    enum Fault { MAXLAG, TOO_MANY_REQUESTS, SERVER_ERROR, STALL, MALFORMED }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, JsonNode> table;
    private static Map<String, List<String>> names;

    private final HttpServer server;
    private final Map<String, JsonNode> recorded = new HashMap<>();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
    final List<Map<String, String>> headers = Collections.synchronizedList(new ArrayList<>());

    FakeWikidataApi() throws IOException {
        loadTable();
        for (String f : List.of("wbgetentities-Douglas-Adams.json", "wbgetentites-Oliver-Kahn.json", "wbgetentities-Q1.json")) {
            JsonNode r = JSON.readTree(TestData.wikidataFixtures().resolve(f).toFile());
            r.path("entities").properties().forEach(e -> recorded.put(e.getKey(), e.getValue()));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    void fail(Fault... next) {
        faults.addAll(List.of(next));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static synchronized void loadTable() throws IOException {
        if (table != null) return;
        table = new HashMap<>();
        names = new HashMap<>();
        Path file = TestData.wikidataTable();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode o = JSON.readTree(line);
                String id = o.path("id").asText();
                if (!id.startsWith("Q")) continue;
                table.put(id, o);
                List<String> all = new ArrayList<>();
                all.add(o.path("label").asText());
                o.path("aliases").forEach(a -> all.add(a.asText()));
                for (String n : all) {
                    List<String> ids = names.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                    if (!ids.contains(id)) ids.add(id);
                }
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.add(ex.getRequestURI());
        Map<String, String> h = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        headers.add(h);
        Map<String, String> q = params(ex.getRequestURI().getRawQuery());
        Fault fault = faults.poll();
        if (fault != null) {
            switch (fault) {
                case MAXLAG -> {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    send(ex, 200, "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for db1: 6 seconds lagged\"}}");
                }
                case TOO_MANY_REQUESTS -> {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    send(ex, 429, "Too many requests");
                }
                case SERVER_ERROR -> send(ex, 503, "<html>upstream error</html>");
                case STALL -> {
                    try {
                        Thread.sleep(2500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(ex, 200, "{}");
                }
                case MALFORMED -> send(ex, 200, "{\"search\": [ {\"id\": \"Q");
            }
            return;
        }
        String body = switch (q.getOrDefault("action", "")) {
            case "wbsearchentities" -> search(q.getOrDefault("search", ""), Integer.parseInt(q.getOrDefault("limit", "7")));
            case "wbgetentities" -> entities(q.getOrDefault("ids", "").split("\\|"));
            default -> "{\"error\":{\"code\":\"unknown_action\",\"info\":\"Unrecognized value for parameter \\\"action\\\"\"}}";
        };
        send(ex, 200, body);
    }

    private String search(String text, int limit) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        out.putObject("searchinfo").put("search", text);
        ArrayNode hits = out.putArray("search");
        for (String id : names.getOrDefault(text.toLowerCase(Locale.ROOT), List.of())) {
            if (hits.size() >= limit) break;
            JsonNode o = table.get(id);
            ObjectNode hit = hits.addObject();
            hit.put("id", id).put("concepturi", "http://www.wikidata.org/entity/" + id)
                    .put("label", o.path("label").asText()).put("description", o.path("description").asText(""));
            hit.putObject("match").put("type", o.path("label").asText().equalsIgnoreCase(text) ? "label" : "alias")
                    .put("language", "en").put("text", text);
        }
        return JSON.writeValueAsString(out);
    }

    private String entities(String[] ids) throws IOException {
        if (ids.length > 50) {
            return "{\"error\":{\"code\":\"toomanyvalues\",\"info\":\"Too many values supplied for parameter \\\"ids\\\". The limit is 50.\"}}";
        }
        ObjectNode out = JSON.createObjectNode();
        ObjectNode entities = out.putObject("entities");
        for (String id : ids) {
            if (recorded.containsKey(id)) entities.set(id, recorded.get(id));
            else if (table.containsKey(id)) entities.set(id, wikibase(table.get(id)));
            else entities.putObject(id).put("id", id).put("missing", "");
        }
        out.put("success", 1);
        return JSON.writeValueAsString(out);
    }

    /** A table record in the Wikibase JSON the API returns. */
    private static ObjectNode wikibase(JsonNode o) {
        ObjectNode e = JSON.createObjectNode();
        String id = o.path("id").asText();
        e.put("type", "item").put("id", id);
        e.putObject("labels").putObject("en").put("language", "en").put("value", o.path("label").asText());
        if (o.has("description")) {
            e.putObject("descriptions").putObject("en").put("language", "en").put("value", o.path("description").asText());
        }
        ArrayNode aliases = e.putObject("aliases").putArray("en");
        o.path("aliases").forEach(a -> aliases.addObject().put("language", "en").put("value", a.asText()));
        ObjectNode claims = e.putObject("claims");
        Map<String, List<String>> all = new LinkedHashMap<>();
        o.path("p31").forEach(t -> all.computeIfAbsent("P31", k -> new ArrayList<>()).add(t.asText()));
        o.path("claims").properties().forEach(p -> p.getValue().forEach(v ->
                all.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(v.asText())));
        all.forEach((p, values) -> {
            ArrayNode statements = claims.putArray(p);
            for (String v : values) {
                ObjectNode value = statements.addObject().put("type", "statement").put("rank", "normal")
                        .putObject("mainsnak").put("snaktype", "value").put("property", p)
                        .putObject("datavalue").put("type", "wikibase-entityid").putObject("value");
                value.put("entity-type", "item").put("numeric-id", Long.parseLong(v.substring(1))).put("id", v);
            }
        });
        return e;
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) return out;
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            if (eq < 0) continue;
            out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                gz.write(bytes);
            }
            bytes = buf.toByteArray();
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up (a stall longer than its timeout); nothing to answer
        }
    }
}
