package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.error.NewsKgException;
import org.newskg.bench.ExtractionBenchmark;
import org.newskg.bench.LoadBenchmark;
import org.newskg.query.NamedQuery;
import org.newskg.read.ArticleInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code newskg bench}: extraction speed and memory, and a SPARQL endpoint under load. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (they measure; nothing is stored).",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Serve.class, BenchCommand.Start.class, BenchCommand.Corpus.class, BenchCommand.Roles.class, BenchCommand.Build.class, BenchCommand.Read.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction without storage on one thread in a warm JVM over the .txt and .html files given or found in folders. Run with -Xmx256m to check the memory target.")
    static final class Extract implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Mixin
        Rounds runs;
        @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
        List<Path> paths;
        @picocli.CommandLine.Mixin
        RecognizerOption recognizer = new RecognizerOption();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewsKgConfig config = Options.config(runs.published, null);
            List<ArticleInput> inputs = new ArrayList<>();
            for (Path p : files(paths)) inputs.add(Inputs.read(p.toString(), Optional.empty(), config.maxInputBytes()));
            ExtractionBenchmark.Result r = new ExtractionBenchmark(recognizer.apply(NewsKg.builder().config(config)).build()).run(inputs, runs.warmup, runs.rounds);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d articles (%.2f MB) x %d rounds in %.2f s: %.1f articles/s, %.2f MB/s, one thread%n",
                    inputs.size(), r.bytes() / 1e6 / runs.rounds, runs.rounds, r.seconds(), r.articlesPerSecond(), r.megabytesPerSecond());
            out.printf("peak heap in use %.1f MB (limit %.0f MB); %d entities per round%n", r.peakHeapBytes() / 1048576.0,
                    r.maxHeapBytes() / 1048576.0, r.entities());
            out.flush();
            return 0;
        }

        private static List<Path> files(List<Path> paths) {
            List<Path> out = new ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        s.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().forEach(out::add);
                    } catch (IOException e) {
                        throw new NewsKgException(p + ": cannot list the folder: " + e.getMessage(), e);
                    }
                } else {
                    out.add(p);
                }
            }
            if (out.isEmpty()) throw new NewsKgException("no .txt or .html files in " + paths);
            return out;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Concurrent clients running the bundled queries against a SPARQL endpoint (start one with 'newskg serve').")
    static final class Serve implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--url", defaultValue = "http://127.0.0.1:3030/newskg/sparql", description = "SPARQL endpoint (default: ${DEFAULT-VALUE}).")
        URI url;
        @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;
        @Option(names = "--seconds", defaultValue = "30", description = "How long (default: ${DEFAULT-VALUE}).")
        int seconds;
        @Option(names = "--entity", required = true, paramLabel = "IRI",
                description = "Entity IRI for the point queries: one from the people or organizations table of the store.")
        String entity;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            Map<String, String> queries = new LinkedHashMap<>();
            for (NamedQuery q : List.of(NamedQuery.PEOPLE, NamedQuery.ORGANIZATIONS, NamedQuery.PRODUCTS, NamedQuery.DEALS,
                    NamedQuery.TIMELINE, NamedQuery.FIGURES, NamedQuery.ARTICLES, NamedQuery.ARTICLE_CONTRIBUTIONS)) {
                queries.put(q.queryName(), q.text());
            }
            for (NamedQuery q : List.of(NamedQuery.ENTITY_CARD, NamedQuery.ENTITY_NEIGHBOURS, NamedQuery.ENTITY_FACTS)) {
                queries.put(q.queryName() + " (point)", q.text().replaceAll("\\?entity\\b", "<" + entity + ">"));
            }
            LoadBenchmark.Result r = new LoadBenchmark().run(url, queries, clients, Duration.ofSeconds(seconds));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d clients, %.1f s: %d requests, %d errors, %.1f requests/s, p50 %.1f ms, p95 %.1f ms%n", clients,
                    r.seconds(), r.requests(), r.errors(), r.requestsPerSecond(), r.percentile(50), r.percentile(95));
            for (String q : r.latencies().keySet()) {
                out.printf("  %-28s n=%-6d p50 %7.1f ms  p95 %7.1f ms%n", q, r.latencies().get(q).size(),
                        r.percentile(q, 50), r.percentile(q, 95));
            }
            out.flush();
            return r.errors() == 0 ? 0 : 1;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Cold start: 'newskg extract' of one article in a new JVM each run, as from a shell; wall time per run.")
    static final class Start implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Mixin
        Rounds runs;
        @Option(names = "--jar", paramLabel = "FILE", description = "The newskg jar to run with 'java -jar' (default: the one running this command).")
        Path jar;
        @Option(names = "--launcher", paramLabel = "FILE", description = "Run this launcher script (target/newskg) instead of 'java -jar'.")
        Path launcher;
        @Parameters(paramLabel = "ARTICLE", description = "The article to extract.")
        Path article;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String> command = new ArrayList<>();
            if (launcher != null) {
                command.add(launcher.toString());
            } else {
                command.addAll(List.of(org.newskg.bench.StartupBenchmark.javaLauncher().toString(), "-jar",
                        (jar != null ? jar : runningJar()).toString()));
            }
            command.addAll(List.of("extract", "--published", runs.published, article.toString()));
            org.newskg.bench.StartupBenchmark.Result r = new org.newskg.bench.StartupBenchmark().run(command, runs.warmup, runs.rounds);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s extract %s in a new JVM, %d runs: min %.2f s, median %.2f s, max %.2f s wall; exit codes %s%n",
                    launcher != null ? launcher : "java -jar", article, runs.rounds, r.min(), r.median(), r.max(), new java.util.TreeSet<>(r.exitCodes()));
            out.flush();
            return r.exitCodes().stream().allMatch(c -> c == 0) ? 0 : 1;
        }

        private static Path runningJar() {
            try {
                Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!p.toString().endsWith(".jar")) {
                    throw new org.newskg.error.InvalidArgumentException("not running from a jar: give --jar FILE");
                }
                return p;
            } catch (java.net.URISyntaxException e) {
                throw new NewsKgException("cannot tell which jar is running: " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Write a synthetic corpus for benchmarks: articles recombined from the sentences of real ones (.txt files or folders), names swapped, reproducible by seed.")
    static final class Corpus implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write article-NNNNN.txt files into.")
        Path out;
        @Option(names = "--articles", defaultValue = "1000", description = "How many articles (default: ${DEFAULT-VALUE}).")
        int articles;
        @Option(names = "--bytes", defaultValue = "6000", description = "About how long each article is (default: ${DEFAULT-VALUE}).")
        int bytes;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;
        @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Plain-text articles, or folders of them.")
        List<Path> sources;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (articles < 1 || bytes < 100) throw new org.newskg.error.InvalidArgumentException("--articles must be at least 1 and --bytes at least 100");
            org.newskg.bench.SyntheticCorpus c = org.newskg.bench.SyntheticCorpus.from(sources);
            List<Path> files = c.write(out, articles, bytes, seed);
            spec.commandLine().getOut().printf("wrote %d articles of about %d characters to %s, recombined from %d source articles (seed %d)%n",
                    files.size(), bytes, out, c.documents(), seed);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true,
            description = "Role extraction on KnowledgeNet's CEO and EMPLOYEE_OR_MEMBER_OF facts (../shared/corpora/training/relations/knowledgenet_facts_folds1-4.json): each passage extracted alone; recall of the gold (person, organization) pairs, and precision against them (a lower bound: not every true role is annotated).")
    static final class Roles implements java.util.concurrent.Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "FACTS", description = "KnowledgeNet's facts file (JSON).")
        Path facts;
        @Option(names = "--folds", split = ",", defaultValue = "1,2,3,4",
                description = "KnowledgeNet folds to score (default: ${DEFAULT-VALUE}); folds 1 and 2 are for tuning, 3 and 4 for checking.")
        java.util.Set<Integer> folds;
        @Option(names = "--misses", description = "Print each gold pair not found, with its passage (tuning folds only).")
        boolean misses;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(java.time.LocalDate.of(2020, 1, 1))).build();
            var w = spec.commandLine().getOut();
            if (misses && (folds.contains(3) || folds.contains(4))) {
                throw new org.newskg.error.InvalidArgumentException("--misses shows the tuning folds only: give --folds 1,2");
            }
            w.printf("%-22s %6s %10s %6s %7s %9s %7s%n", "relation", "gold", "recognized", "found", "recall", "predicted", "prec.");
            new org.newskg.bench.RoleBenchmark(kg).run(facts, folds, (g, text) -> {
                if (misses) w.printf("missed %s | %s | %s%n", g.get(0), g.get(1), text);
            }).forEach((k, sc) -> w.printf("%-22s %6d %10d %6d %7.3f %9s %7s%n", k,
                    sc.gold(), sc.recognized(), sc.found(), sc.recall(), k.equals("all") ? String.valueOf(sc.predicted()) : "",
                    k.equals("all") ? String.format("%.3f", sc.precision()) : ""));
            w.flush();
            return 0;
        }
    }

    @Command(name = "read", mixinStandardHelpOptions = true,
            description = "Read every page of a body-extraction corpus on one thread, write each body to OUT/<name>.txt "
                    + "(for ../shared/eval/score_body_corpus.py CORPUS OUT, which scores them page by page) and print "
                    + "pages/s, the pages read as empty and the shortest bodies.")
    static final class Read implements java.util.concurrent.Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "CORPUS", description = "CORPUS/<name>/source.html pages, or the scrapinghub layout (ground-truth.json, html/<id>.html.gz).")
        Path corpus;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the bodies.")
        Path out;
        @Option(names = "--rounds", defaultValue = "5", description = "Passes over the pages; the first warms up (default: ${DEFAULT-VALUE}).")
        int rounds;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var r = new org.newskg.bench.ReadBenchmark().run(corpus, out, rounds);
            var w = spec.commandLine().getOut();
            w.printf("%d pages, %.1f pages/s on one thread%n", r.pages().size(), r.pagesPerSecond());
            r.pages().stream().filter(p -> p.words() == 0).forEach(p -> w.printf("empty: %s%s%n", p.name(), p.error().map(e -> " (" + e + ")").orElse("")));
            r.pages().stream().sorted(java.util.Comparator.comparingInt(org.newskg.bench.ReadBenchmark.Page::words)).limit(5)
                    .forEach(p -> w.printf("shortest: %s %d words%n", p.name(), p.words()));
            w.printf("bodies written to %s%n", out);
            w.flush();
            return 0;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "A build into a new store in a temporary folder, timed end to end and per stage, then Jena's basic bulk loader (tdb2.tdbloader --loader=basic) timed on the same quads; nothing is kept.")
    static final class Build implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--threads", defaultValue = "1", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
        int threads;
        @Option(names = "--batch", defaultValue = "200", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
        int batch;
        @Option(names = "--published", defaultValue = "2026-01-01", description = "Publication date for articles that give none (default: ${DEFAULT-VALUE}).")
        String published;
        @Option(names = "--no-loader", description = "Do not time Jena's loader after the build.")
        boolean noLoader;
        @Option(names = "--work", paramLabel = "DIR", description = "Empty folder for the stores (default: a new temporary folder); removed after.")
        Path work;
        @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "What 'newskg build' takes: files, folders, JSON Lines, WARC.")
        List<String> articles;
        @picocli.CommandLine.Mixin
        RecognizerOption recognizer = new RecognizerOption();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (threads < 1 || batch < 1) throw new org.newskg.error.InvalidArgumentException("--threads and --batch must be at least 1");
            NewsKg kg = recognizer.apply(NewsKg.builder().config(Options.config(published, null))).build();
            Path dir = work != null ? work : Files.createTempDirectory("newskg-bench-build-");
            org.newskg.bench.BuildBenchmark.Result r = new org.newskg.bench.BuildBenchmark(kg)
                    .run(articles, new org.newskg.build.Ingestion.Settings(batch, threads, org.newskg.corpus.MergeRules.none()), dir, !noLoader,
                            o -> {
                                if (o instanceof org.newskg.build.Outcome.Rejected rj) {
                                    spec.commandLine().getErr().println("newskg: rejected: " + rj.reason());
                                    spec.commandLine().getErr().flush();
                                }
                            });
            PrintWriter out = spec.commandLine().getOut();
            int n = r.counts().stored() + r.counts().rejected() + r.counts().unchanged();
            out.printf("build: %d articles (%d stored, %d rejected) on %d thread(s) in %.1f s: %.1f articles/s, %d quads, %.0f quads/s%n",
                    n, r.counts().stored(), r.counts().rejected(), threads, r.seconds(), n / r.seconds(), r.quads(), r.quadsPerSecond());
            out.println("processor seconds per stage (summed over threads): " + r.times().summary());
            if (r.cpuSeconds() >= 0) {
                out.printf("process: %.1f processor seconds, %.2f of %d cores busy on average; collectors %.1f s%n", r.cpuSeconds(),
                        r.cpuSeconds() / r.seconds(), Runtime.getRuntime().availableProcessors(), r.gcSeconds());
            }
            if (r.loaderSeconds() >= 0) {
                out.printf("Jena basic loader, same quads: %d quads in %.1f s, %.0f quads/s; the build end to end is %.2fx the loader%n",
                        r.loaderQuads(), r.loaderSeconds(), r.loaderQuadsPerSecond(), r.quadsPerSecond() / r.loaderQuadsPerSecond());
            }
            out.printf("peak RSS %s; heap limit %.0f MB%n", r.peakRssBytes() < 0 ? "unknown" : String.format("%.0f MB", r.peakRssBytes() / 1048576.0),
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            out.flush();
            return 0;
        }
    }

    /** The options every timed benchmark takes. */
    static final class Rounds {
        @Option(names = "--published", defaultValue = "2026-01-01", description = "Publication date for plain text (default: ${DEFAULT-VALUE}).")
        String published;
        @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds (default: ${DEFAULT-VALUE}).")
        int warmup;
        @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
        int rounds;
    }
}
