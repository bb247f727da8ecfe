package org.newskg.cli;

import org.newskg.link.WikidataSource;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The options that say where Wikidata items come from, shared by {@code link} and {@code build --link}. */
final class LinkOptions {
    @Option(names = "--wikidata", paramLabel = "URL", description = "Wikidata Action API endpoint (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://www.wikidata.org/w/api.php")
    URI endpoint;
    @Option(names = "--wikidata-table", paramLabel = "FILE",
            description = "Link against a local table (JSON lines) or a Wikidata JSON dump (.json or .json.gz) instead of the API.")
    Path table;
    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            description = "Folder of cached API answers (default: $XDG_CACHE_HOME/newskg/wikidata or ~/.cache/newskg/wikidata).")
    Path cache;
    @Option(names = "--offline", description = "Send no request: use the cache and the local table only.")
    boolean offline;
    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent for the API; name yourself and a contact.",
            defaultValue = WikidataSource.DEFAULT_USER_AGENT)
    String userAgent;

    WikidataSource source() {
        return new WikidataSource(Optional.ofNullable(table), endpoint, Optional.of(cache == null ? defaultCache() : cache),
                offline, userAgent);
    }

    private static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newskg").resolve("wikidata");
    }
}
