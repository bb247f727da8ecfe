package org.newskg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.error.NewsKgException;
import org.newskg.error.StoreException;
import org.newskg.export.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL 1.1 protocol over HTTP with a real client, against a store of an invented article about real companies. */
class FusekiLauncherTest {
    private static final String COUNT_ORGS = "PREFIX nkg: <https://newskg.org/ontology#> SELECT (COUNT(?o) AS ?n) WHERE { ?o a nkg:Organization }";
    @TempDir
    static Path tmp;
    private static Path store;
    private static FusekiLauncher server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = ExampleStore.build(tmp);
        server = FusekiLauncher.start(new FusekiLauncher.Settings(store, 0, "127.0.0.1", Optional.empty()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Each request on a connection of its own: after refusing a write the server may close a kept-alive
     * connection, and a shared client would send the next request on it.
     */
    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(server.url() + path);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void getAndPostQueriesAnswerInJson() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("newskg/sparql?query=" + q(COUNT_ORGS)))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, get.statusCode());
        JsonNode n = Json.mapper().readTree(get.body()).path("results").path("bindings").path(0).path("n").path("value");
        assertTrue(n.asInt() >= 4, "organizations in the article: " + get.body());

        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("newskg/query"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT_ORGS)));
        assertEquals(get.body(), post.body());

        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("newskg"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(COUNT_ORGS))));
        assertEquals(get.body(), form.body());
    }

    @Test
    void resultsAreNegotiatedAsCsvAndXml() throws Exception {
        HttpResponse<String> csv = send(HttpRequest.newBuilder(uri("newskg/sparql?query=" + q(COUNT_ORGS))).header("Accept", "text/csv"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("n\r\n"), csv.body());
        HttpResponse<String> xml = send(HttpRequest.newBuilder(uri("newskg/sparql?query=" + q(COUNT_ORGS)))
                .header("Accept", "application/sparql-results+xml"));
        assertTrue(xml.body().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\""), xml.body());
    }

    @Test
    void theBundledQueriesRunOverTheUnionGraph() throws Exception {
        String people = new String(FusekiLauncherTest.class.getResourceAsStream("/queries/people.rq").readAllBytes(), StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("newskg/sparql?query=" + q(people))).header("Accept", "text/csv"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Maria Okafor,chief executive,Globex Energy,false,"), r.body());
        HttpResponse<String> orgs = send(HttpRequest.newBuilder(uri("newskg/sparql?query=" + q(new String(
                FusekiLauncherTest.class.getResourceAsStream("/queries/organizations.rq").readAllBytes(), StandardCharsets.UTF_8))))
                .header("Accept", "text/csv"));
        assertTrue(orgs.body().contains("Vattenfall,Q157675,"), "links are served too: " + orgs.body());
    }

    @Test
    void aSyntaxErrorIsABadRequest() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("newskg/sparql?query=" + q("SELECT * WHERE {"))));
        assertEquals(400, r.statusCode());
    }

    @Test
    void graphsCanBeReadButNotWritten() throws Exception {
        HttpResponse<String> g = send(HttpRequest.newBuilder(uri("newskg/get?graph=" + q("https://newskg.org/graph/wikidata-links")))
                .header("Accept", "text/turtle"));
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("wikidata.org/entity/Q157675"), g.body());
        HttpResponse<String> put = send(HttpRequest.newBuilder(uri("newskg?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertTrue(put.statusCode() >= 400, "PUT answered " + put.statusCode());
        HttpResponse<String> update = send(HttpRequest.newBuilder(uri("newskg/update")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
        assertTrue(update.statusCode() >= 400, "update answered " + update.statusCode());
        HttpResponse<String> admin = send(HttpRequest.newBuilder(uri("$/datasets?dbName=x&dbType=mem")).POST(HttpRequest.BodyPublishers.noBody()));
        assertTrue(admin.statusCode() >= 400, "adding a dataset answered " + admin.statusCode());
        HttpResponse<String> count = send(HttpRequest.newBuilder(uri("newskg/sparql?query=" + q(COUNT_ORGS))).header("Accept", "text/csv"));
        assertTrue(!count.body().equals("n\r\n0\r\n"), "nothing was cleared");
    }

    @Test
    void thePagesTheQueriesAndTheFusekiUiAreServed() throws Exception {
        HttpResponse<String> app = send(HttpRequest.newBuilder(uri("app/")));
        assertEquals(200, app.statusCode());
        assertTrue(app.body().contains("<script src=\"app.js\"></script>"));
        HttpResponse<String> rq = send(HttpRequest.newBuilder(uri("app/queries/entity-facts.rq")));
        assertTrue(rq.body().contains("?entity"), rq.body());
        for (String escape : new String[]{"app/..%2F..%2Fpom.xml", "app/queries/../../fuseki/config.ttl", "app/newskg.ttl"}) {
            int code = send(HttpRequest.newBuilder(uri(escape))).statusCode();
            assertTrue(code == 400 || code == 404, escape + " answered " + code);
        }
        HttpResponse<String> ui = send(HttpRequest.newBuilder(uri("")));
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Software Foundation"), "the Fuseki UI");
        HttpResponse<String> status = send(HttpRequest.newBuilder(uri("$/server")));
        assertTrue(status.body().contains("\"/newskg\""), status.body());
    }

    @Test
    void theBundledConfigRunsInAStockFusekiServer(@TempDir Path dir) throws Exception {
        // Fuseki's own command line, as fuseki-server runs it, with the config's location edited as the README says.
        Path copy = ExampleStore.build(dir);
        String config = new String(FusekiLauncherTest.class.getResourceAsStream("/fuseki/config.ttl").readAllBytes(), StandardCharsets.UTF_8)
                .replace("tdb2:location \"target/example-kg\"", "tdb2:location \"" + copy.toAbsolutePath() + "\"");
        Path file = Files.writeString(dir.resolve("config.ttl"), config);
        FusekiServer stock = FusekiServer.construct("--port=0", "--localhost", "--config=" + file).start();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stock.getPort()
                    + "/newskg/sparql?query=" + q(COUNT_ORGS))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(!r.body().equals("n\r\n0\r\n"), r.body());
        } finally {
            stock.stop();
        }
    }

    @Test
    void updatesNeedThePassword(@TempDir Path dir) throws Exception {
        Path own = ExampleStore.build(dir);
        try (FusekiLauncher rw = FusekiLauncher.start(new FusekiLauncher.Settings(own, 0, "127.0.0.1",
                Optional.of(new FusekiLauncher.Credentials("editor", "s3cret-Pass"))))) {
            String insert = "INSERT DATA { GRAPH <urn:notes> { <urn:a> <urn:b> \"note\" } }";
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(rw.url() + "newskg/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert));
            assertEquals(401, send(b).statusCode());
            String wrong = Base64.getEncoder().encodeToString("editor:guess".getBytes(StandardCharsets.UTF_8));
            assertEquals(401, send(HttpRequest.newBuilder(URI.create(rw.url() + "newskg/update")).header("Authorization", "Basic " + wrong)
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert))).statusCode());
            String right = Base64.getEncoder().encodeToString("editor:s3cret-Pass".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(rw.url() + "newskg/update")).header("Authorization", "Basic " + right)
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, "update answered " + ok.statusCode() + " " + ok.body());
            HttpResponse<String> check = send(HttpRequest.newBuilder(URI.create(rw.url() + "newskg/sparql?query="
                    + q("ASK { <urn:a> <urn:b> \"note\" }"))).header("Accept", "application/sparql-results+json"));
            assertTrue(check.body().contains("true"), check.body());
        }
    }

    @Test
    void aFolderWithoutAStoreIsRefusedAndABusyPortReported(@TempDir Path dir) {
        assertThrows(StoreException.class, () -> FusekiLauncher.start(FusekiLauncher.Settings.of(dir.resolve("none"))));
        NewsKgException e = assertThrows(NewsKgException.class, () -> FusekiLauncher.start(
                new FusekiLauncher.Settings(store, server.port(), "127.0.0.1", Optional.empty())));
        assertTrue(e.getMessage().contains("cannot start the server"), e.getMessage());
    }

    @Test
    void aRunawayQueryIsCutOffAndTheServerAnswersTheNextOne() throws Exception {
        String cube = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        try (FusekiLauncher limited = FusekiLauncher.start(new FusekiLauncher.Settings(store, 0, "127.0.0.1",
                Optional.empty(), java.time.Duration.ofSeconds(2)))) {
            long t0 = System.nanoTime();
            HttpResponse<String> cut = send(HttpRequest.newBuilder(URI.create(limited.url() + "newskg/sparql"))
                    .timeout(java.time.Duration.ofSeconds(60))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(cube)));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, cut.statusCode(), "the cube query answered " + cut.statusCode() + " after " + seconds + " s");
            assertTrue(seconds < 30, "cut off only after " + seconds + " s");
            HttpResponse<String> next = send(HttpRequest.newBuilder(URI.create(limited.url() + "newskg/sparql?query=" + q(COUNT_ORGS)))
                    .header("Accept", "application/sparql-results+json"));
            assertEquals(200, next.statusCode(), next.body());
        }
    }

    @Test
    void theBundledConfigurationCarriesTheTimeoutItIsGiven() {
        org.apache.jena.rdf.model.Model m = FusekiLauncher.config(Path.of("kg"), java.time.Duration.ofSeconds(7));
        assertTrue(m.listObjectsOfProperty(m.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtValue"))
                .toList().stream().anyMatch(o -> o.asLiteral().getLexicalForm().equals("7000")), "no 7000 ms timeout");
    }
}
