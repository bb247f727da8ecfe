package org.newskg.cli;

import org.newskg.PartsLoader;
import org.newskg.error.InvalidArgumentException;
import org.newskg.link.LinkRequest;
import org.newskg.link.StoreLinker;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code newskg load}: store the article graphs a distributed build (the Spark job of the {@code spark} module)
 * wrote, resolved across articles and linked as {@code newskg build} would have.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Store the N-Quads parts a Spark build wrote (its output folder, or part files in order): each article resolved against the articles before it and the entities linked, as 'newskg build' does.")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (created if missing).")
    Path store;
    @Option(names = "--link", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Link the loaded entities to Wikidata (default; --no-link to skip).")
    boolean link;
    @Mixin
    LinkOptions linkOptions;
    @Option(names = "--batch", defaultValue = "200", description = "Articles written per transaction (default: ${DEFAULT-VALUE}).")
    int batch;
    @Option(names = "--merge-rules", paramLabel = "FILE",
            description = "Force or forbid joins of entities across articles: lines force|forbid TAB NAME TAB NAME.")
    Path mergeRules;
    @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
    boolean quiet;
    @Parameters(paramLabel = "PARTS", arity = "1..*", description = "The job's output folder (its quads/ part files are read in name order), or part files (.nq, .nq.gz, .gz).")
    List<Path> parts;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (batch < 1) throw new InvalidArgumentException("--batch must be at least 1, not " + batch);
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = PartsLoader.parts(parts);
        org.newskg.corpus.MergeRules rules = mergeRules == null ? org.newskg.corpus.MergeRules.none()
                : org.newskg.corpus.MergeRules.read(mergeRules);
        Optional<StoreLinker> linker = link ? Optional.of(LinkCommand.linker(linkOptions)) : Optional.empty();
        Optional<StoreLinker.Report> linked = Optional.empty();
        PartsLoader.Counts counts;
        try (GraphStore s = GraphStore.open(store, true)) {
            counts = PartsLoader.load(s, files, batch, rules, (graph, merges) -> {
                if (!quiet) out.printf("%s: stored%s%n", graph, merges.isEmpty() ? "" : ", " + merges.size() + " joined to entities of earlier articles");
            });
            if (linker.isPresent() && counts.stored() > 0) {
                // the entities not linked before, as a build links only the entities it did not link already
                Set<String> unlinked = StoreLinker.requests(s).stream().map(LinkRequest::iri).collect(Collectors.toSet());
                unlinked.removeAll(StoreLinker.links(s).keySet());
                linked = Optional.of(linker.get().link(s, Optional.of(unlinked)));
            }
        }
        out.printf("stored %d article graph(s) from %d part(s) in %s%s%n", counts.stored(), files.size(), store,
                counts.unchanged() > 0 ? " (" + counts.unchanged() + " unchanged, already stored)" : "");
        out.flush();
        return linked.map(rep -> LinkCommand.report(spec, rep)).orElse(0);
    }
}
