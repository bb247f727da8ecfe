package org.newskg.build;

import org.apache.jena.rdf.model.Model;
import org.newskg.NewsKg;
import org.newskg.error.NewsKgException;
import org.newskg.error.ValidationException;
import org.newskg.model.Article;
import org.newskg.model.Extraction;
import org.newskg.rdf.GraphMapper;
import org.newskg.rdf.GraphValidator;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.read.ArticleInput;
import org.newskg.read.Sources;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The per-article work of a build, on any thread: reads a source, extracts it, maps and validates its graph, and
 * stamps it with the digest of what decides it ({@code nkg:sourceDigest}). An article that cannot be read, is not
 * English, has no text or meets an internal error is {@linkplain Outcome.Rejected rejected}; in strict mode that
 * failure, or a graph that violates the shapes, is thrown instead.
 */
public final class Preparer {
    private final NewsKg kg;
    private final StageTimes times;
    /** Parsing the shapes costs a third of a second: only a build that validates pays it. */
    private GraphValidator validator;

    public Preparer(NewsKg kg, StageTimes times) {
        this.kg = kg;
        this.times = times;
    }

    /** Prepares one source, as a Spark partition does: nothing is passed over as already stored. */
    public Outcome prepare(Sources.Source src) {
        return prepare(src, Set.of());
    }

    /**
     * Prepares one source; an article whose digest is in {@code known} (the store holds it from the same bytes) is
     * {@linkplain Outcome.Unchanged unchanged} and not extracted.
     */
    public Outcome prepare(Sources.Source src, Set<String> known) {
        try {
            long t0 = StageTimes.now();
            ArticleInput input = src.input().get();
            String digest = digest(input);
            if (known.contains(digest)) return new Outcome.Unchanged(src.origin());
            Article article = kg.read(input);
            times.since(StageTimes.Stage.READ, t0);
            long t1 = StageTimes.now();
            Extraction x = kg.extract(article);
            times.since(StageTimes.Stage.EXTRACT, t1);
            long t2 = StageTimes.now();
            Model m = kg.map(x);
            m.getResource(Iris.article(x.article())).addProperty(NKG.sourceDigest, digest);
            times.since(StageTimes.Stage.MAP, t2);
            long t3 = StageTimes.now();
            List<GraphValidator.Violation> v = validator().validate(m);
            times.since(StageTimes.Stage.VALIDATE, t3);
            if (!v.isEmpty() && kg.config().strict()) {
                throw new ValidationException(src.origin() + ": the graph violates the SHACL shapes (" + v.size()
                        + " violations, first: " + v.get(0).message() + ")");
            }
            return new Outcome.Stored(src.origin(), GraphMapper.graphName(x.article()), m, Optional.of(x), v, List.of());
        } catch (ValidationException e) {
            throw e;
        } catch (NewsKgException e) {
            if (kg.config().strict()) throw e;
            return new Outcome.Rejected(src.origin(), e.getMessage());
        } catch (RuntimeException e) {
            // a fault of newskg's own, told with the article that met it so that it can be reported and reproduced
            String why = src.origin() + ": internal error while extracting: " + e;
            if (kg.config().strict()) throw new NewsKgException(why, e);
            return new Outcome.Rejected(src.origin(), why);
        }
    }

    /** The bytes and what else decides the graph: the URL and the dates to fall back on. */
    private String digest(ArticleInput input) {
        String context = input.url().orElse("") + "\u0000" + input.published().map(Object::toString).orElse("")
                + "\u0000" + kg.config().published().map(Object::toString).orElse("");
        return Iris.sha256(input.bytes()) + "-" + Iris.sha256(context.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private synchronized GraphValidator validator() {
        if (validator == null) validator = new GraphValidator();
        return validator;
    }
}
