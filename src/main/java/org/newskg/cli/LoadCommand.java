package org.newskg.cli;

import org.newskg.build.Ingestion;
import org.newskg.build.Outcome;
import org.newskg.build.Parts;
import org.newskg.build.StageTimes;
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
    @Mixin
    StoreWriteOptions write;
    @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
    boolean quiet;
    @Parameters(paramLabel = "PARTS", arity = "1..*", description = "The job's output folder (its quads/ part files are read in name order), or part files (.nq, .nq.gz, .gz).")
    List<Path> parts;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int batch = write.batch();
        List<Path> files = Parts.parts(parts);
        Optional<StoreLinker> linker = write.linker();
        Optional<StoreLinker.Report> linked = Optional.empty();
        Ingestion.Counts counts;
        try (GraphStore s = GraphStore.open(write.store, true)) {
            counts = Parts.load(s, files, new Ingestion.Settings(batch, 1, write.rules()), new StageTimes(), o -> {
                if (!quiet && o instanceof Outcome.Stored st) {
                    out.printf("%s: stored%s%n", st.graphName(), st.merges().isEmpty() ? ""
                            : ", " + st.merges().size() + " joined to entities of earlier articles");
                }
            });
            if (linker.isPresent() && counts.stored() > 0) {
                // the entities not linked before, as a build links only the entities it did not link already
                Set<String> unlinked = StoreLinker.requests(s).stream().map(LinkRequest::iri).collect(Collectors.toSet());
                unlinked.removeAll(StoreLinker.links(s).keySet());
                linked = Optional.of(linker.get().link(s, Optional.of(unlinked)));
            }
        }
        out.printf("stored %d article graph(s) from %d part(s) in %s%s%n", counts.stored(), files.size(), write.store,
                counts.unchanged() > 0 ? " (" + counts.unchanged() + " unchanged, already stored)" : "");
        out.flush();
        return linked.map(rep -> LinkCommand.report(spec, rep)).orElse(0);
    }
}
