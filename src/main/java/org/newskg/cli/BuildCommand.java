package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.build.Ingestion;
import org.newskg.build.Outcome;
import org.newskg.build.StageTimes;
import org.newskg.model.Extraction;
import org.newskg.rdf.Iris;
import org.newskg.error.InvalidArgumentException;
import org.newskg.read.Sources;
import org.newskg.store.GraphStore;
import org.newskg.link.StoreLinker;
import org.newskg.link.WikidataLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code newskg build}: extract articles and load each into its own named graph of a TDB2 store, streaming: a batch
 * of articles a write transaction, an article that fails reported and skipped. Exit 0 when every article was stored,
 * {@value #SOME_REJECTED} when some were rejected (and the rest stored).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract articles and load them into a TDB2 store (one named graph per article; rebuilding an article replaces its graph).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreWriteOptions write;
    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that give none.")
    String published;
    @Option(names = "--strict", description = "Stop at the first article that cannot be stored or whose graph violates the SHACL shapes (batches before it stay stored).")
    boolean strict;
    @Option(names = "--threads", paramLabel = "N", description = "Articles extracted at once (default: the number of processors); the store is the same for any N.")
    Integer threads;
    @Option(names = "--rejects", paramLabel = "FILE", description = "Write the articles that were not stored to FILE, one a line: origin TAB reason.")
    Path rejects;
    @Option(names = "--profile", description = "Print, at the end, the processor seconds each stage took (index, read, extract, map, validate, resolve, write; summed over threads).")
    boolean profile;
    @Option(names = {"-q", "--quiet"}, description = "Print no line per article and no progress; only the summary and what went wrong.")
    boolean quiet;
    @Parameters(paramLabel = "ARTICLE", arity = "1..*",
            description = "HTML or text files (gzipped too), folders (every .html, .htm, .txt inside), @FILE lists of paths or URLs, JSON Lines files (.jsonl: url, html or text, published), WARC archives (.warc, .warc.gz), - (paths or URLs on standard input, one a line), or http(s) URLs.")
    List<String> articles;
    @picocli.CommandLine.Mixin
    RecognizerOption recognizer = new RecognizerOption();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewsKgConfig config = Options.config(published, null).withStrict(strict);
        int batch = write.batch();
        NewsKg kg = recognizer.apply(NewsKg.builder().config(config)).build();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Optional<StoreLinker> linker = write.linker();
        Optional<StoreLinker.Report> linked = Optional.empty();
        Set<String> entities = new HashSet<>();
        int[] violations = {0};
        Ingestion.Counts counts;
        StageTimes times = new StageTimes();
        boolean terminal = System.console() != null;
        long total = articles.stream().allMatch(Sources::oneArticle) ? articles.size() : -1;
        try (GraphStore s = GraphStore.open(write.store, true); Rejects r = Rejects.open(rejects);
             BuildProgress progress = BuildProgress.open(quiet, terminal, total, System.err, err)) {
            boolean lines = progress.perArticleLines(quiet);
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            if (n < 1) throw new InvalidArgumentException("--threads must be at least 1, not " + n);
            counts = Ingestion.build(kg, s, new Sources(articles, config.maxInputBytes()),
                    new Ingestion.Settings(batch, n, write.rules()), times, o -> {
                if (o instanceof Outcome.Stored st) {
                    String a = st.origin();
                    st.violations().forEach(v -> err.println("newskg: " + a + ": SHACL: " + v.focusNode() + ": " + v.message()));
                    violations[0] += st.violations().size();
                    Extraction x = st.extraction().orElseThrow();
                    Problems.report(err, a, x.diagnostics());
                    x.entities().forEach(e -> entities.add(Iris.entity(e.key())));
                    st.merges().forEach(m -> {
                        entities.remove(m.from());
                        entities.add(m.into());
                    });
                    progress.stored();
                    if (lines) out.printf("%s: %d entities, %d roles, %d deals, %d events, %d figures%s%n", a, x.entities().size(),
                            x.roles().size(), x.deals().size(), x.events().size(), x.figures().size(),
                            st.merges().isEmpty() ? "" : ", " + st.merges().size() + " joined to entities of earlier articles");
                } else if (o instanceof Outcome.Unchanged u) {
                    progress.stored();
                    if (lines) out.printf("%s: unchanged, already stored%n", u.origin());
                } else if (o instanceof Outcome.Rejected rj) {
                    progress.rejected();
                    String line = rj.reason().startsWith(rj.origin()) ? rj.reason() : rj.origin() + ": " + rj.reason();
                    err.println("newskg: rejected: " + line);
                    r.add(rj.origin(), rj.reason());
                }
                out.flush();
                err.flush();
            });
            if (linker.isPresent() && counts.stored() > 0) {
                // only entities not linked before: an entity met again keeps its link
                entities.removeAll(StoreLinker.links(s).keySet());
                linked = Optional.of(linker.get().link(s, Optional.of(entities)));
            }
        }
        out.printf("stored %d article graph(s) in %s%s%s%s%n", counts.stored(), write.store,
                counts.unchanged() > 0 ? " (" + counts.unchanged() + " unchanged, already stored)" : "",
                violations[0] > 0 ? " (" + violations[0] + " SHACL violations reported)" : "",
                counts.rejected() > 0 ? "; " + counts.rejected() + " article(s) rejected" + (rejects != null ? ", listed in " + rejects : "") : "");
        if (profile) out.println("processor seconds per stage: " + times.summary());
        out.flush();
        err.flush();
        int linkCode = linked.map(rep -> LinkCommand.report(spec, rep)).orElse(0);
        return counts.rejected() > 0 ? SOME_REJECTED : linkCode;
    }

    /** Exit code of a build that stored what it could and rejected some articles. */
    static final int SOME_REJECTED = 3;

    /** The rejects file: one line an article, origin TAB reason. */
    private record Rejects(Optional<PrintWriter> out) implements AutoCloseable {
        static Rejects open(Path file) {
            if (file == null) return new Rejects(Optional.empty());
            try {
                return new Rejects(Optional.of(new PrintWriter(java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8))));
            } catch (java.io.IOException e) {
                throw new InvalidArgumentException("--rejects " + file + ": cannot write: " + e.getMessage());
            }
        }

        void add(String origin, String reason) {
            out.ifPresent(w -> {
                w.println(origin.replace('\t', ' ') + "\t" + reason.replace('\t', ' ').replace('\n', ' '));
                w.flush();
            });
        }

        @Override
        public void close() {
            out.ifPresent(PrintWriter::close);
        }
    }
}
