package org.newskg.link;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.error.LinkingException;
import org.newskg.model.EntityType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Action API client against a local server that replays recorded Wikidata answers. */
class HttpWikidataLookupTest {
    private FakeWikidataApi api;

    @BeforeEach
    void start() throws IOException {
        api = new FakeWikidataApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpWikidataLookup lookup(Optional<ResponseCache> cache, boolean offline) {
        return new HttpWikidataLookup(new HttpWikidataLookup.Settings(api.endpoint(), "newskg-test/1 (mailto:test@example.org)",
                Duration.ofSeconds(1), 2, Duration.ofSeconds(2)), cache, offline);
    }

    private static LinkRequest org(String name) {
        return new LinkRequest("https://newskg.org/id/organization/" + name.toLowerCase(), EntityType.ORGANIZATION, name,
                List.of(), List.of());
    }

    @Test
    void linksThroughTheApiPolitelyWithOneSearchPerEntityAndOneBatchedFetch() {
        HttpWikidataLookup http = lookup(Optional.empty(), false);
        EntityLinker.LinkResult r = new WikidataLinker(http).link(List.of(org("Vattenfall"), org("Unilever"), org("Globex Initech")));
        assertEquals(List.of("Q157675", "Q157062"), r.links().stream().map(Link::qid).toList());
        assertTrue(r.links().get(0).method().startsWith("wikidata-api:"), r.links().get(0).method());
        assertEquals(4, http.requests(), "three searches and one wbgetentities: " + api.requests);
        for (int i = 0; i < api.requests.size(); i++) {
            String q = api.requests.get(i).getQuery();
            assertTrue(q.contains("maxlag=5") && q.contains("format=json"), q);
            assertTrue(api.headers.get(i).get("user-agent").startsWith("newskg-test/1 (mailto:"), api.headers.get(i).toString());
            assertTrue(api.headers.get(i).get("accept-encoding").contains("gzip"));
        }
    }

    @Test
    void recordedAnswersAreReadWithTheirClaims() {
        WikidataItem adams = lookup(Optional.empty(), false).items(List.of("Q42", "Q6")).get("Q42");
        assertEquals("Douglas Adams", adams.label());
        assertTrue(adams.types().contains("Q5"));
        assertEquals(1, lookup(Optional.empty(), false).items(List.of("Q42", "Q6")).size(), "Q6 is missing");
    }

    @Test
    void fetchesAreBatchedByFifty() {
        HttpWikidataLookup http = lookup(Optional.empty(), false);
        List<String> ids = new ArrayList<>(IntStream.range(0, 120).mapToObj(i -> "Q" + (100 + i)).toList());
        http.items(ids);
        assertEquals(3, http.requests());
    }

    @Test
    void maxlagAndTooManyRequestsAreRetriedAfterTheServersPause() {
        api.fail(FakeWikidataApi.Fault.MAXLAG, FakeWikidataApi.Fault.TOO_MANY_REQUESTS);
        HttpWikidataLookup http = lookup(Optional.empty(), false);
        long t0 = System.nanoTime();
        // Two faults with Retry-After: 1 need the two retries the settings allow.
        assertTrue(http.search("Vattenfall", 10).containsAll(List.of("Q157675", "Q1649778")));
        assertTrue(System.nanoTime() - t0 >= 1_900_000_000L, "waited as Retry-After asked");
        assertEquals(3, http.requests());
    }

    @Test
    void serverErrorsTimeoutsAndBrokenAnswersFailOneLookupNotTheRun() {
        api.fail(FakeWikidataApi.Fault.SERVER_ERROR, FakeWikidataApi.Fault.SERVER_ERROR, FakeWikidataApi.Fault.SERVER_ERROR);
        HttpWikidataLookup http = lookup(Optional.empty(), false);
        LinkingException e = assertThrows(LinkingException.class, () -> http.search("Unilever", 10));
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());

        api.fail(FakeWikidataApi.Fault.STALL);
        assertEquals(List.of("Q157062"), http.search("Unilever", 10), "a stalled answer times out and is retried");

        api.fail(FakeWikidataApi.Fault.MALFORMED);
        EntityLinker.LinkResult r = new WikidataLinker(http).link(List.of(org("Mercedes-Benz"), org("Unilever")));
        assertEquals(1, r.failures().size(), r.failures().toString());
        assertTrue(r.failures().get(0).contains("not JSON"), r.failures().get(0));
        assertEquals(List.of("Q157062"), r.links().stream().map(Link::qid).toList(), "the other entity is still linked");
    }

    @Test
    void anEmptySearchLinksNothing() {
        EntityLinker.LinkResult r = new WikidataLinker(lookup(Optional.empty(), false)).link(List.of(org("Globex Initech")));
        assertTrue(r.links().isEmpty() && r.failures().isEmpty());
    }

    @Test
    void aSecondRunIsAnsweredFromTheCacheAndOfflineSendsNothing(@TempDir Path dir) {
        ResponseCache cache = ResponseCache.in(dir);
        List<LinkRequest> requests = List.of(org("Vattenfall"), org("Unilever"));
        List<Link> first = new WikidataLinker(lookup(Optional.of(cache), false)).link(requests).links();
        int sent = api.requests.size();
        HttpWikidataLookup again = lookup(Optional.of(ResponseCache.in(dir)), true);
        assertEquals(first, new WikidataLinker(again).link(requests).links());
        // a measurement for the notes: linking from the cache, per entity, once the JVM is warm
        WikidataLinker cached = new WikidataLinker(again);
        for (int i = 0; i < 50; i++) cached.link(requests);
        long t0 = System.nanoTime();
        for (int i = 0; i < 200; i++) cached.link(requests);
        System.out.printf("cached linking: %.2f ms per entity%n", (System.nanoTime() - t0) / 1e6 / (200.0 * requests.size()));
        assertEquals(0, again.requests());
        assertEquals(sent, api.requests.size());
        HttpWikidataLookup empty = lookup(Optional.of(ResponseCache.in(dir.resolve("other"))), true);
        assertTrue(new WikidataLinker(empty).link(requests).links().isEmpty());
        assertEquals(0, empty.requests());
    }

    @Test
    void aDeadEndpointFailsFastWithAClearMessage() {
        HttpWikidataLookup dead = new HttpWikidataLookup(new HttpWikidataLookup.Settings(URI.create("http://127.0.0.1:1/w/api.php"),
                "newskg-test/1", Duration.ofMillis(500), 1, Duration.ofMillis(100)), Optional.empty(), false);
        List<LinkRequest> many = IntStream.range(0, 20).mapToObj(i -> org("Globex " + i)).toList();
        EntityLinker.LinkResult r = new WikidataLinker(dead).link(many);
        assertEquals(20, r.failures().size());
        assertTrue(dead.requests() <= 6, "stops calling a dead endpoint: " + dead.requests());
        assertTrue(r.failures().get(19).contains("unreachable"), r.failures().get(19));
    }

    @Test
    void behindASnapshotTheApiIsAskedOnlyForTheNamesTheSnapshotLacks() {
        // the snapshot knows Unilever only; Vattenfall comes from the API, and each link says where its item came from
        LocalWikidataIndex table = LocalWikidataIndex.load(org.newskg.TestData.wikidataTable());
        LocalWikidataIndex snapshot = LocalWikidataIndex.of(table.items(table.search("Unilever", 5)).values());
        FallbackLookup both = new FallbackLookup(snapshot, lookup(Optional.empty(), false));
        EntityLinker.LinkResult r = new WikidataLinker(both).link(List.of(org("Unilever"), org("Vattenfall")));
        assertEquals(List.of("Q157062", "Q157675"), r.links().stream().map(Link::qid).toList());
        assertTrue(r.links().get(0).method().startsWith("table:"), r.links().get(0).method());
        assertTrue(r.links().get(1).method().startsWith("wikidata-api:"), r.links().get(1).method());
        long searches = api.requests.stream().filter(u -> u.getQuery().contains("wbsearchentities")).count();
        assertEquals(1, searches, "one search, for the name the snapshot lacks: " + api.requests);
    }
}
