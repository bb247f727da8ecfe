package org.newskg.build;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.newskg.corpus.IndexGraph;
import org.newskg.NewsKg;
import org.newskg.corpus.CorpusResolver;
import org.newskg.corpus.MergeRules;
import org.newskg.error.NewsKgException;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryRunner;
import org.newskg.read.Sources;
import org.newskg.store.GraphStore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The one ingestion loop. Work is submitted in source order; a pool of workers runs it, a bounded window of
 * articles is in work at any time, and the outcomes are taken back in source order by one serial stage that
 * resolves each stored article against the articles before it ({@link CorpusResolver}) and gathers the graphs into
 * batches. A writer thread stores each batch in one write transaction (an article lands whole or not at all) while
 * the next is prepared, and then tells the listener of the batch's outcomes, in order. The store and the listener
 * see the same whatever the number of threads.
 */
public final class Ingestion implements AutoCloseable {
    /** How an ingestion runs: graphs per write transaction, worker threads, and the merge rules across articles. */
    public record Settings(int batchSize, int threads, MergeRules rules) {
        public Settings {
            if (batchSize < 1 || threads < 1) throw new IllegalArgumentException("batch and threads must be at least 1");
        }
    }

    /** What an ingestion did. */
    public record Counts(int stored, int rejected, int unchanged) {
    }

    /**
     * Articles in work per worker thread: enough that the workers go on while a batch is written, few enough that
     * memory stays bounded.
     */
    private static final int WINDOW_PER_THREAD = 8;

    private final GraphStore store;
    private final Settings settings;
    private final StageTimes times;
    private final Consumer<Outcome> listener;
    private final CorpusResolver corpus;
    private final Set<String> known;
    private final ExecutorService pool;
    private final ExecutorService writer;
    private final ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
    private Future<?> writing = CompletableFuture.completedFuture(null);
    private Map<String, Model> graphs = new LinkedHashMap<>();
    private List<Outcome> pending = new ArrayList<>();
    /** The article graphs of the batch being gathered (each with its index entry in {@link #graphs}). */
    private List<String> articles = new ArrayList<>();
    /** The batch's facts for the corpus graph of the index, each once. */
    private Model facts = ModelFactory.createDefaultModel();
    private int stored, rejected, unchanged;

    /** Starts an ingestion into {@code store}; {@code listener} hears of every outcome, in order, once it is stored. */
    public Ingestion(GraphStore store, Settings settings, StageTimes times, Consumer<Outcome> listener) {
        this.store = store;
        this.settings = settings;
        this.times = times;
        this.listener = listener;
        long t0 = StageTimes.now();
        this.corpus = CorpusResolver.of(store, settings.rules());
        this.known = storedDigests(store);
        times.since(StageTimes.Stage.INDEX, t0);
        this.pool = Executors.newFixedThreadPool(settings.threads(), daemon("newskg-extract"));
        this.writer = Executors.newSingleThreadExecutor(daemon("newskg-write"));
    }

    /**
     * Reads, extracts, maps and validates each source on {@code settings.threads()} workers and stores the graphs.
     * A source that fails is rejected and the others go on; in strict mode the first failure stops the build (the
     * batches before it stay stored) and is thrown.
     */
    public static Counts build(NewsKg kg, GraphStore store, Iterator<Sources.Source> sources, Settings settings,
                               StageTimes times, Consumer<Outcome> listener) {
        Preparer preparer = new Preparer(kg, times);
        try (Ingestion in = new Ingestion(store, settings, times, listener)) {
            while (sources.hasNext()) {
                Sources.Source src = sources.next();
                in.submit(() -> preparer.prepare(src, in.known()));
            }
            return in.finish();
        }
    }

    /** The digests of the sources the store held when the ingestion began ({@code nkg:sourceDigest}). */
    public Set<String> known() {
        return known;
    }

    /** Submits work to the pool, in source order; when the window is full, first takes in the oldest outcome. */
    public void submit(Callable<Outcome> work) {
        makeRoom();
        window.add(pool.submit(work));
    }

    /** Submits an outcome prepared elsewhere (a graph of a Spark job's parts), in source order. */
    public void submit(Outcome prepared) {
        makeRoom();
        window.add(CompletableFuture.completedFuture(prepared));
    }

    private void makeRoom() {
        while (window.size() >= WINDOW_PER_THREAD * settings.threads()) takeOldest();
    }

    /** Takes in every outcome still in work and writes the last batch. */
    public Counts finish() {
        while (!window.isEmpty()) takeOldest();
        writePending();
        return new Counts(stored, rejected, unchanged);
    }

    /** Waits for the batch being written, then writes what is gathered, on this thread. */
    private void writePending() {
        awaitWrite();
        flush(graphs, facts, articles, pending);
        graphs = new LinkedHashMap<>();
        pending = new ArrayList<>();
        articles = new ArrayList<>();
        facts = ModelFactory.createDefaultModel();
    }

    private void takeOldest() {
        Outcome o;
        try {
            o = window.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("the build was interrupted", e);
        } catch (ExecutionException e) {
            // strict mode: what came before the failure is stored, then the failure is the build's
            writePending();
            if (e.getCause() instanceof NewsKgException n) throw n;
            throw new NewsKgException("internal error while extracting: " + e.getCause(), e.getCause());
        }
        if (o instanceof Outcome.Stored st) {
            long t0 = StageTimes.now();
            CorpusResolver.Resolved r = corpus.resolve(st.graph(), st.graphName());
            times.since(StageTimes.Stage.RESOLVE, t0);
            o = st.withMerges(r.merges());
            graphs.put(st.graphName(), st.graph());
            // the article's part of the corpus index, stored with it
            graphs.put(r.indexGraph(), r.index());
            facts.add(r.corpusFacts());
            articles.add(st.graphName());
            stored++;
        } else if (o instanceof Outcome.Rejected) {
            rejected++;
        } else {
            unchanged++;
        }
        pending.add(o);
        if (articles.size() >= settings.batchSize()) {
            awaitWrite();
            Map<String, Model> batch = graphs;
            List<Outcome> told = pending;
            List<String> in = articles;
            Model added = facts;
            graphs = new LinkedHashMap<>();
            pending = new ArrayList<>();
            articles = new ArrayList<>();
            facts = ModelFactory.createDefaultModel();
            writing = writer.submit(() -> flush(batch, added, in, told));
        }
    }

    private void flush(Map<String, Model> batch, Model added, List<String> in, List<Outcome> told) {
        if (!batch.isEmpty()) {
            long t0 = StageTimes.now();
            store.write(batch, Map.of(IndexGraph.CORPUS, added));
            corpus.stored(in);
            times.since(StageTimes.Stage.WRITE, t0);
            times.addQuads(batch.values().stream().mapToLong(Model::size).sum() + added.size());
        }
        told.forEach(listener);
    }

    /** Waits for the batch being written; its failure is the ingestion's. */
    private void awaitWrite() {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NewsKgException n) throw n;
            if (e.getCause() instanceof Error err) throw err;
            throw new NewsKgException("internal error while storing: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        window.forEach(f -> f.cancel(true));
        pool.shutdownNow();
        writer.shutdown();
    }

    /**
     * The digests of the source bytes of the articles the store holds, so that a build run again, or resumed after
     * it was killed, passes over what is already stored whole.
     */
    static Set<String> storedDigests(GraphStore store) {
        Set<String> out = new HashSet<>();
        new QueryRunner(store).rows(NamedQuery.ARTICLE_DIGESTS.query()).forEach(r -> out.add(r.get("digest")));
        return Set.copyOf(out);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
