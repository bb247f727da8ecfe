package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.NewsKgException;
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
        subcommands = {BenchCommand.Extract.class, BenchCommand.Serve.class})
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
        @Option(names = "--published", defaultValue = "2026-01-01", description = "Publication date for plain text (default: ${DEFAULT-VALUE}).")
        String published;
        @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds (default: ${DEFAULT-VALUE}).")
        int warmup;
        @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
        int rounds;
        @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
        List<Path> paths;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewsKgConfig config = Options.config(published, null);
            List<ArticleInput> inputs = new ArrayList<>();
            for (Path p : files(paths)) inputs.add(Inputs.read(p.toString(), Optional.empty(), config.maxInputBytes()));
            ExtractionBenchmark.Result r = new ExtractionBenchmark(NewsKg.builder().config(config).build()).run(inputs, warmup, rounds);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d articles (%.2f MB) x %d rounds in %.2f s: %.1f articles/s, %.2f MB/s, one thread%n",
                    inputs.size(), r.bytes() / 1e6 / rounds, rounds, r.seconds(), r.articlesPerSecond(), r.megabytesPerSecond());
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
        @Option(names = "--entity", defaultValue = "https://newskg.org/id/person/sam-altman",
                description = "Entity IRI for the point queries (default: ${DEFAULT-VALUE}).")
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
}
