package org.newskg.cli;

import org.newskg.link.WikidataSource;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The options that say where Wikidata items come from, shared by {@code link} and {@code build}: the bundled
 * snapshot unless a table, an endpoint, {@code --online} or {@code --offline} (the API's cache) is named.
 */
final class LinkOptions {
    @Option(names = "--wikidata", paramLabel = "URL",
            description = "Link through this Wikidata Action API endpoint (e.g. https://www.wikidata.org/w/api.php).")
    URI endpoint;
    @Option(names = "--online", description = "Link against the bundled snapshot and, for names it lacks, Wikidata's own Action API.")
    boolean online;
    @Option(names = "--wikidata-table", paramLabel = "FILE",
            description = "Link against a local table (JSON lines) or a Wikidata JSON dump (.json or .json.gz) instead of the API.")
    Path table;
    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            description = "Folder of cached API answers (default: $XDG_CACHE_HOME/newskg/wikidata or ~/.cache/newskg/wikidata).")
    Path cache;
    @Option(names = "--offline", description = "Link through the API's cache only, sending no request.")
    boolean offline;
    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent for the API; name yourself and a contact.",
            defaultValue = WikidataSource.DEFAULT_USER_AGENT)
    String userAgent;

    WikidataSource source() {
        boolean api = endpoint != null || online || offline;
        return new WikidataSource(Optional.ofNullable(table), api, endpoint == null ? WikidataSource.WIKIDATA : endpoint,
                Optional.of(cache == null ? defaultCache() : cache), offline, userAgent);
    }

    private static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newskg").resolve("wikidata");
    }
}
