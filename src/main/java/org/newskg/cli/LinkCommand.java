package org.newskg.cli;

import org.newskg.error.LinkingException;
import org.newskg.link.StoreLinker;
import org.newskg.link.WikidataLinker;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newskg link}: link the people, organizations and products of a store to Wikidata. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link the entities of a store to Wikidata items (owl:sameAs, with score and method).")
final class LinkCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;
    @Mixin
    LinkOptions options;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreLinker linker = new StoreLinker(new WikidataLinker(options.source().lookup()));
        try (GraphStore s = GraphStore.open(store, false)) {
            return report(spec, linker.link(s, Optional.empty()));
        }
    }

    /**
     * Prints what linking did; 0 when it ran, 1 when every lookup failed (an unreachable endpoint), with the
     * links made so far stored either way.
     */
    static int report(CommandSpec spec, StoreLinker.Report r) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allFailed = !r.failures().isEmpty() && r.failures().size() >= r.attempted();
        if (allFailed) {
            throw new LinkingException("no Wikidata lookup succeeded (" + r.failures().size() + " failed); the first: "
                    + r.failures().get(0));
        }
        r.failures().stream().limit(10).forEach(f -> err.println("newskg: link: " + f));
        if (r.failures().size() > 10) err.println("newskg: link: … and " + (r.failures().size() - 10) + " more failures");
        out.printf("linked %d of %d entities to Wikidata (%d looked up, %d lookups failed)%n", r.links().size(),
                r.entities(), r.attempted(), r.failures().size());
        out.flush();
        err.flush();
        return 0;
    }
}
