package org.newskg.cli;

import org.newskg.corpus.MergeRules;
import org.newskg.error.InvalidArgumentException;
import org.newskg.link.StoreLinker;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The options of the commands that write articles into a store ({@code build}, {@code load}). */
final class StoreWriteOptions {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (created if missing).")
    Path store;
    @Option(names = "--link", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Link the stored articles' entities to Wikidata (default; --no-link to skip): the bundled snapshot unless a link option names another source.")
    boolean link;
    @Mixin
    LinkOptions linkOptions;
    @Option(names = "--batch", defaultValue = "200", description = "Articles written per transaction (default: ${DEFAULT-VALUE}); each article is stored whole or not at all.")
    int batch;
    @Option(names = "--merge-rules", paramLabel = "FILE",
            description = "Force or forbid joins of entities across articles: lines force|forbid TAB NAME TAB NAME.")
    Path mergeRules;

    /** The batch size, refused when below 1. */
    int batch() {
        if (batch < 1) throw new InvalidArgumentException("--batch must be at least 1, not " + batch);
        return batch;
    }

    MergeRules rules() {
        return mergeRules == null ? MergeRules.none() : MergeRules.read(mergeRules);
    }

    /** The linker the options name, unless --no-link. */
    Optional<StoreLinker> linker() {
        return link ? Optional.of(LinkCommand.linker(linkOptions)) : Optional.empty();
    }
}
