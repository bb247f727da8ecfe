package org.newskg;

import org.apache.jena.rdf.model.Model;
import org.newskg.extract.DealExtractor;
import org.newskg.extract.DealsByMeaning;
import org.newskg.extract.DescriptionExtractor;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EventExtractor;
import org.newskg.extract.ExtractionInput;
import org.newskg.extract.FigureExtractor;
import org.newskg.extract.MakerNames;
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
    private final java.util.Optional<DealsByMeaning> dealsByMeaning;
    private final EventExtractor events = new EventExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final DescriptionExtractor descriptions = new DescriptionExtractor(Lexicons.standard());
    /**
     * Started once the first article has been read, on a thread of its own: Jena takes half a second to start,
     * which then overlaps the extraction instead of following it, and a bad input is refused without waiting for it.
     */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<GraphMapper>> mapper =
            new java.util.concurrent.atomic.AtomicReference<>();

    private NewsKg(Builder b) {
        this.config = b.config;
        this.reader = b.reader != null ? b.reader : SniffingArticleReader.of(config.maxInputBytes());
        this.analyzer = new TextAnalyzer();
        this.recognizer = b.recognizer != null ? b.recognizer : new ContextMentionRecognizer(Lexicons.standard());
        this.dealsByMeaning = b.dealsByMeaning ? java.util.Optional.of(new DealsByMeaning()) : java.util.Optional.empty();
        this.resolver = new PublisherResolver(b.resolver != null ? b.resolver : new VotingEntityResolver());
        this.relations = new RelationExtractor(Lexicons.standard());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the input and runs every stage. */
    public Extraction process(ArticleInput input) {
        return extract(read(input));
    }

    /**
     * Reads the input into an article, with the configuration's publication date and URL where the input gives
     * none; the first read also starts the mapper on a thread of its own.
     */
    public Article read(ArticleInput input) {
        Article article = reader.read(input);
        java.util.Optional<java.time.LocalDate> fallback = input.published().or(config::published);
        if (article.date().isEmpty() && fallback.isPresent()) {
            article = article.withDate(fallback.get());
        }
        if (article.url().isEmpty() && config.url().isPresent()) {
            article = article.withUrl(config.url().get());
        }
        mapper();
        return article;
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
        if (dealsByMeaning.isPresent()) in = in.withDeals(dealsByMeaning.get().extract(in));
        return new Extraction(article, MakerNames.nest(entities, rel.makers()), rel.roles(), rel.makers(), in.deals(), events.extract(in),
                figures.extract(in), descriptions.extract(in), diagnostics.subList(0, Math.min(diagnostics.size(), config.maxDiagnostics())));
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
        private boolean dealsByMeaning;
        private EntityResolver resolver;

        public Builder config(NewsKgConfig c) {
            this.config = Objects.requireNonNull(c, "config");
            return this;
        }

        public Builder reader(ArticleReader r) {
            this.reader = Objects.requireNonNull(r, "reader");
            return this;
        }

        /**
         * Whether the trigger words' deals are checked against the meaning of their sentences ({@link DealsByMeaning}:
         * the learned deal-sentence detector over the encoder drops those it is sure report none; slower). Default:
         * the triggers' deals as they are.
         */
        public Builder dealsByMeaning(boolean on) {
            this.dealsByMeaning = on;
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
