package org.newskg.link;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where linking finds Wikidata items: a local table or dump when {@code table} is given; the Action API at
 * {@code endpoint} with a persistent cache when {@code api} is set ({@code offline} keeps it to its cache), behind
 * the bundled snapshot when the endpoint is Wikidata's own (the API is then asked only for names the snapshot
 * lacks); otherwise the snapshot bundled with newskg, which needs no network.
 *
 * @param table     a table (JSON lines) or Wikidata JSON dump
 * @param api       use the Action API
 * @param endpoint  the Action API ({@code https://www.wikidata.org/w/api.php} or a Wikibase of your own)
 * @param cache     folder of cached API answers
 * @param offline   never send a request
 * @param userAgent sent to the API; should name you and a contact
 */
public record WikidataSource(Optional<Path> table, boolean api, URI endpoint, Optional<Path> cache, boolean offline,
                             String userAgent) {
    /** Wikidata's own Action API. */
    public static final URI WIKIDATA = URI.create("https://www.wikidata.org/w/api.php");
    /** Used unless the user names themselves. */
    public static final String DEFAULT_USER_AGENT =
            "newskg/0.1.0 (https://newskg.org; set your contact with --user-agent) Java-http-client";

    public WikidataSource {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /**
     * The lookup this source describes.
     *
     * @throws org.newskg.error.LinkingException when the table cannot be read or the cache folder cannot be made
     */
    public WikidataLookup lookup() {
        if (table.isPresent()) return LocalWikidataIndex.load(table.get());
        if (!api) return LocalWikidataIndex.bundled();
        HttpWikidataLookup.Settings s = new HttpWikidataLookup.Settings(endpoint, userAgent, Duration.ofSeconds(10),
                3, Duration.ofSeconds(30));
        HttpWikidataLookup http = new HttpWikidataLookup(s, cache.map(ResponseCache::in), offline);
        // Wikidata's own API backs the bundled snapshot; another Wikibase is a source of its own
        return endpoint.equals(WIKIDATA) ? new FallbackLookup(LocalWikidataIndex.bundled(), http) : http;
    }
}
