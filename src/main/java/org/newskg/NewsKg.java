package org.newskg;

import org.apache.jena.rdf.model.Model;
import org.newskg.error.NewsKgException;
import org.newskg.error.ValidationException;
import org.newskg.extract.DealExtractor;
import org.newskg.extract.DescriptionExtractor;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EventExtractor;
import org.newskg.extract.ExtractionInput;
import org.newskg.extract.FigureExtractor;
import org.newskg.extract.RelationExtractor;
import org.newskg.mention.TimeRecognizer;
import org.newskg.mention.ContextMentionRecognizer;
import org.newskg.mention.MentionRecognizer;
import org.newskg.model.AnnotatedText;
import org.newskg.model.Article;
import org.newskg.model.Diagnostic;
import org.newskg.model.Entity;
import org.newskg.model.Extraction;
import org.newskg.model.Mention;
import org.newskg.model.Severity;
import org.newskg.export.RdfExporter;
import org.newskg.export.RdfFormat;
import org.newskg.rdf.GraphMapper;
import org.newskg.rdf.Iris;
import org.newskg.store.GraphStore;
import org.newskg.rdf.GraphValidator;
import org.newskg.read.ArticleInput;
import org.newskg.read.ArticleReader;
import org.newskg.read.SniffingArticleReader;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.PublisherResolver;
import org.newskg.resolve.VotingEntityResolver;
import org.newskg.text.Lexicons;
import org.newskg.text.TextAnalyzer;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The newskg pipeline: read, analyse, recognize, resolve, extract, map.
 *
 * <pre>
 * NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
 * Extraction x = kg.process(new ArticleInput(bytes, "article.txt", Optional.empty()));
 * Model graph = kg.map(x);
 * </pre>
 */
public final class NewsKg {
    private final NewsKgConfig config;
    private final ArticleReader reader;
    private final TextAnalyzer analyzer;
    private final MentionRecognizer recognizer;
    private final EntityResolver resolver;
    private final RelationExtractor relations;
    private final TimeRecognizer times = new TimeRecognizer();
    private final DealExtractor deals = new DealExtractor();
    private final EventExtractor events = new EventExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final DescriptionExtractor descriptions = new DescriptionExtractor(Lexicons.standard());
    /**
     * Started once the first article has been read, on a thread of its own: Jena takes half a second to start,
     * which then overlaps the extraction instead of following it, and a bad input is refused without waiting for it.
     */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<GraphMapper>> mapper =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Parsing the shapes costs a third of a second: only a build that validates pays it. */
    private GraphValidator validator;

    private NewsKg(Builder b) {
        this.config = b.config;
        this.reader = b.reader != null ? b.reader : SniffingArticleReader.of(config.maxInputBytes());
        this.analyzer = new TextAnalyzer();
        this.recognizer = b.recognizer != null ? b.recognizer : new ContextMentionRecognizer(Lexicons.standard());
        this.resolver = new PublisherResolver(b.resolver != null ? b.resolver : new VotingEntityResolver());
        this.relations = new RelationExtractor(Lexicons.standard());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the input and runs every stage. */
    public Extraction process(ArticleInput input) {
        Article article = reader.read(input);
        java.util.Optional<java.time.LocalDate> fallback = input.published().or(config::published);
        if (article.date().isEmpty() && fallback.isPresent()) {
            article = article.withDate(fallback.get());
        }
        if (article.url().isEmpty() && config.url().isPresent()) {
            article = article.withUrl(config.url().get());
        }
        mapper();
        return extract(article);
    }

    /** Runs every stage after reading. */
    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "article");
        List<Diagnostic> diagnostics = new ArrayList<>(article.diagnostics());
        if (article.date().isEmpty()) {
            diagnostics.add(new Diagnostic(Severity.WARNING, Optional.empty(),
                    "no publication date: relative dates are not resolved"));
        }
        AnnotatedText text = analyzer.analyze(article);
        List<Mention> mentions = recognizer.recognize(text);
        List<Entity> entities = resolver.resolve(text, mentions);
        ExtractionInput in = ExtractionInput.of(text, new EntityIndex(entities), times.recognize(text));
        RelationExtractor.Relations rel = relations.extract(in);
        in = in.withRoles(rel.roles());
        in = in.withDeals(deals.extract(in));
        return new Extraction(article, entities, rel.roles(), rel.makers(), in.deals(), events.extract(in),
                figures.extract(in), descriptions.extract(in), diagnostics.subList(0, Math.min(diagnostics.size(), config.maxDiagnostics())));
    }

    /**
     * An article's extraction, its graph and what SHACL says of it.
     *
     * @param extraction everything extracted
     * @param graph      the article's graph
     * @param violations SHACL violations; empty when the graph conforms
     */
    public record ArticleGraph(Extraction extraction, Model graph, List<GraphValidator.Violation> violations) {
        /** The name of the article's graph in a store. */
        public String graphName() {
            return GraphMapper.graphName(extraction.article());
        }
    }

    /** What became of one source of a build. */
    public sealed interface Outcome permits Stored, Rejected, Unchanged {
        /** The file, URL or JSON Lines line the article came from. */
        String origin();
    }

    /**
     * An article whose graph is in the store.
     *
     * @param merges its entities that joined entities of earlier articles (empty until it is resolved against them)
     */
    public record Stored(String origin, ArticleGraph graph, List<org.newskg.corpus.Merge> merges) implements Outcome {
        public Stored {
            merges = List.copyOf(merges);
        }
    }

    /** An article the store already holds from the same bytes (a build run again, or resumed): not read again. */
    public record Unchanged(String origin) implements Outcome {
    }

    /** An article that was not stored, and why (one line). */
    public record Rejected(String origin, String reason) implements Outcome {
    }

    /**
     * Reads, extracts, maps and validates each source in turn and stores the graphs in batches of
     * {@code batchSize} articles, one write transaction a batch, so memory stays bounded whatever the number of
     * articles and each article is stored whole or not at all. An article that cannot be read, is not English,
     * has no text or meets an internal error is {@linkplain Rejected rejected} and the others go on; in strict
     * mode the first rejection, or the first graph that violates the SHACL shapes, stops the build (the batches
     * before it stay stored). {@code listener} hears of every article in source order: a stored one once its
     * batch is written.
     *
     * @return how many were stored, how many rejected, and how many passed over as unchanged (already stored from
     *         the same bytes)
     * @throws ArticleReadException or {@link ValidationException} in strict mode, for the first failure
     */
    public int[] build(GraphStore store, java.util.Iterator<org.newskg.read.Sources.Source> sources, int batchSize,
                       java.util.function.Consumer<Outcome> listener) {
        return build(store, sources, batchSize, 1, listener);
    }

    /**
     * {@link #build(GraphStore, java.util.Iterator, int, java.util.function.Consumer)} with the articles extracted
     * on {@code threads} threads: a bounded window of articles is in work at any time, and outcomes are stored and
     * told in source order, so the store and the listener see the same whatever the number of threads.
     */
    public int[] build(GraphStore store, java.util.Iterator<org.newskg.read.Sources.Source> sources, int batchSize,
                       int threads, java.util.function.Consumer<Outcome> listener) {
        return build(store, sources, batchSize, threads, org.newskg.corpus.MergeRules.none(), listener);
    }

    /**
     * {@link #build(GraphStore, java.util.Iterator, int, int, java.util.function.Consumer)} with each article's
     * entities resolved against the entities of the articles stored before it ({@link org.newskg.corpus.CorpusResolver}),
     * in source order, honouring {@code rules}.
     */
    public int[] build(GraphStore store, java.util.Iterator<org.newskg.read.Sources.Source> sources, int batchSize,
                       int threads, org.newskg.corpus.MergeRules rules, java.util.function.Consumer<Outcome> listener) {
        org.newskg.corpus.CorpusResolver corpus = org.newskg.corpus.CorpusResolver.of(store, rules);
        java.util.Set<String> known = storedDigests(store);
        int stored = 0, rejected = 0, unchanged = 0;
        List<Outcome> pending = new ArrayList<>();
        Map<String, Model> graphs = new LinkedHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<Outcome>> window = new java.util.ArrayDeque<>();
        // batches are written on a thread of their own, one at a time and in order, while the next is extracted
        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newskg-write");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.Future<?>[] writing = {java.util.concurrent.CompletableFuture.completedFuture(null)};
        try {
            while (sources.hasNext() || !window.isEmpty()) {
                while (window.size() < WINDOW_PER_THREAD * Math.max(1, threads) && sources.hasNext()) {
                    org.newskg.read.Sources.Source src = sources.next();
                    window.add(pool.submit(() -> extractOne(src, known)));
                }
                Outcome o;
                try {
                    o = window.removeFirst().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new NewsKgException("the build was interrupted", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    awaitWrite(writing[0]);
                    flush(store, graphs, pending, listener);
                    if (e.getCause() instanceof NewsKgException n) throw n;
                    throw new NewsKgException("internal error while extracting: " + e.getCause(), e.getCause());
                }
                if (o instanceof Stored st) {
                    List<org.newskg.corpus.Merge> merges = corpus.resolve(st.graph().graph(), st.graph().graphName());
                    o = new Stored(st.origin(), st.graph(), merges);
                    graphs.put(st.graph().graphName(), st.graph().graph());
                    stored++;
                } else if (o instanceof Rejected) {
                    rejected++;
                } else {
                    unchanged++;
                }
                pending.add(o);
                if (graphs.size() >= batchSize) {
                    awaitWrite(writing[0]);
                    Map<String, Model> batch = new LinkedHashMap<>(graphs);
                    List<Outcome> told = new ArrayList<>(pending);
                    graphs.clear();
                    pending.clear();
                    writing[0] = writer.submit(() -> flush(store, batch, told, listener));
                }
            }
            awaitWrite(writing[0]);
            flush(store, graphs, pending, listener);
        } finally {
            window.forEach(f -> f.cancel(true));
            pool.shutdownNow();
            writer.shutdown();
        }
        return new int[]{stored, rejected, unchanged};
    }

    /**
     * Articles in work per extraction thread: enough that the threads go on while a batch is written, few enough
     * that memory stays bounded.
     */
    private static final int WINDOW_PER_THREAD = 8;

    /**
     * The digests of the source bytes of the articles the store holds ({@code nkg:sourceDigest}), so that a build
     * run again, or resumed after it was killed, passes over what is already stored whole.
     */
    static java.util.Set<String> storedDigests(GraphStore store) {
        java.util.Set<String> out = new java.util.HashSet<>();
        new org.newskg.query.QueryRunner(store).rows(org.newskg.query.NamedQuery.ARTICLE_DIGESTS.query())
                .forEach(r -> out.add(r.get("digest")));
        return java.util.Set.copyOf(out);
    }


    /**
     * Reads, extracts, maps and validates one source, as a build does before it stores the graph: a {@link Stored}
     * outcome (its graph not yet resolved against other articles) or a {@link Rejected} one. A distributed build
     * (the Spark job) calls this for each source and writes the graphs for {@link PartsLoader} to store.
     */
    public Outcome prepare(org.newskg.read.Sources.Source src) {
        return extractOne(src, java.util.Set.of());
    }

    /** Reads, extracts, maps and validates one source; in strict mode a failure is thrown, else it is the outcome. */
    private Outcome extractOne(org.newskg.read.Sources.Source src, java.util.Set<String> known) {
        try {
            ArticleInput input = src.input().get();
            // the bytes and what else decides the graph: the URL and the dates to fall back on
            String digest = Iris.sha256(input.bytes()) + "-" + Iris.sha256((input.url().orElse("") + "\u0000" + input.published().map(Object::toString).orElse("")
                    + "\u0000" + config.published().map(Object::toString).orElse("")).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
            if (known.contains(digest)) return new Unchanged(src.origin());
            Extraction x = process(input);
            Model m = map(x);
            m.getResource(Iris.article(x.article())).addProperty(org.newskg.rdf.NKG.sourceDigest, digest);
            List<GraphValidator.Violation> v = validator().validate(m);
            if (!v.isEmpty() && config.strict()) {
                throw new ValidationException(src.origin() + ": the graph violates the SHACL shapes (" + v.size()
                        + " violations, first: " + v.get(0).message() + ")");
            }
            return new Stored(src.origin(), new ArticleGraph(x, m, v), List.of());
        } catch (ValidationException e) {
            throw e;
        } catch (NewsKgException e) {
            if (config.strict()) throw e;
            return new Rejected(src.origin(), e.getMessage());
        } catch (RuntimeException e) {
            // a fault of newskg's own, told with the article that met it so that it can be reported and reproduced
            String why = src.origin() + ": internal error while extracting: " + e;
            if (config.strict()) throw new NewsKgException(why, e);
            return new Rejected(src.origin(), why);
        }
    }

    /** Waits for the batch being written; its failure is the build's. */
    private static void awaitWrite(java.util.concurrent.Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("the build was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof NewsKgException n) throw n;
            if (e.getCause() instanceof Error err) throw err;
            throw new NewsKgException("internal error while storing: " + e.getCause(), e.getCause());
        }
    }

    private static void flush(GraphStore store, Map<String, Model> graphs, List<Outcome> pending,
                              java.util.function.Consumer<Outcome> listener) {
        if (!graphs.isEmpty()) store.replace(graphs);
        graphs.clear();
        pending.forEach(listener);
        pending.clear();
    }

    private java.util.concurrent.CompletableFuture<GraphMapper> mapper() {
        java.util.concurrent.CompletableFuture<GraphMapper> f = mapper.get();
        if (f != null) return f;
        java.util.concurrent.CompletableFuture<GraphMapper> started = new java.util.concurrent.CompletableFuture<>();
        if (!mapper.compareAndSet(null, started)) return mapper.get();
        Thread t = new Thread(() -> {
            try {
                started.complete(new GraphMapper());
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "newskg-rdf-start");
        t.setDaemon(true);
        t.start();
        return started;
    }

    private synchronized GraphValidator validator() {
        if (validator == null) validator = new GraphValidator();
        return validator;
    }

    /** Writes an article's graph; quad formats put it in its named graph. */
    public void write(Extraction x, RdfFormat format, OutputStream out) {
        new RdfExporter().export(map(x), GraphMapper.graphName(x.article()), format, out);
    }

    /** The article's graph. */
    public Model map(Extraction x) {
        try {
            return mapper().join().map(x);
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The configuration in use. */
    public NewsKgConfig config() {
        return config;
    }

    /** Builds a pipeline; every stage has a default. */
    public static final class Builder {
        private NewsKgConfig config = NewsKgConfig.defaults();
        private ArticleReader reader;
        private MentionRecognizer recognizer;
        private EntityResolver resolver;

        public Builder config(NewsKgConfig c) {
            this.config = Objects.requireNonNull(c, "config");
            return this;
        }

        public Builder reader(ArticleReader r) {
            this.reader = Objects.requireNonNull(r, "reader");
            return this;
        }

        public Builder recognizer(MentionRecognizer r) {
            this.recognizer = Objects.requireNonNull(r, "recognizer");
            return this;
        }

        public Builder resolver(EntityResolver r) {
            this.resolver = Objects.requireNonNull(r, "resolver");
            return this;
        }

        public NewsKg build() {
            return new NewsKg(this);
        }
    }
}
