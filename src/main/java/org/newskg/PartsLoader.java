package org.newskg;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newskg.corpus.CorpusResolver;
import org.newskg.corpus.Merge;
import org.newskg.corpus.MergeRules;
import org.newskg.error.ArticleReadException;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Stores the article graphs a distributed build wrote: N-Quads parts (gzipped or not), each article's quads
 * together in its named graph, the articles in source order. Each article is resolved against the articles stored
 * before it ({@link CorpusResolver}), as {@code newskg build} does, since that step depends on what came before and
 * cannot run in parallel; the graphs are written in batches, one write transaction a batch, so an article is stored
 * whole or not at all. An article already stored from the same bytes ({@code nkg:sourceDigest}) is passed over, so
 * a load run again, or resumed, adds only what is missing.
 */
public final class PartsLoader {
    /** What a load did: articles stored and passed over as unchanged. */
    public record Counts(int stored, int unchanged) {
    }

    private PartsLoader() {
    }

    /** The quads of one prepared article graph, as N-Quads lines, for a part file. */
    public static String nquads(NewsKg.Stored article) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.addGraph(NodeFactory.createURI(article.graph().graphName()), article.graph().graph().getGraph());
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, dsg, Lang.NQUADS);
        return w.toString();
    }

    /**
     * The part files of the arguments, in order: a file as given; a folder's files named {@code part-*} (the
     * {@code quads/} folder inside it, where a Spark job wrote them), in name order.
     */
    public static List<Path> parts(List<Path> args) {
        List<Path> out = new ArrayList<>();
        for (Path a : args) {
            if (!Files.exists(a)) throw new ArticleReadException(a + ": no such file or folder");
            if (!Files.isDirectory(a)) {
                out.add(a);
                continue;
            }
            Path dir = Files.isDirectory(a.resolve("quads")) ? a.resolve("quads") : a;
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> found = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
                if (found.isEmpty()) throw new ArticleReadException(a + ": the folder holds no part-* file");
                out.addAll(found);
            } catch (IOException | UncheckedIOException e) {
                throw new ArticleReadException(a + ": cannot list the folder: " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * Stores the articles of the parts, in order.
     *
     * @param listener hears of each article stored, with the merges that joined its entities to earlier ones, once
     *                 its batch is written
     * @throws ArticleReadException when a part is not N-Quads (the batches before it stay stored)
     */
    public static Counts load(GraphStore store, List<Path> parts, int batchSize, MergeRules rules,
                              BiConsumer<String, List<Merge>> listener) {
        CorpusResolver corpus = CorpusResolver.of(store, rules);
        Set<String> known = NewsKg.storedDigests(store);
        Map<String, Model> batch = new LinkedHashMap<>();
        Map<String, List<Merge>> told = new LinkedHashMap<>();
        int[] counts = new int[2];
        BiConsumer<String, Model> article = (name, graph) -> {
            String digest = graph.listObjectsOfProperty(NKG.sourceDigest).toList().stream()
                    .map(n -> n.asLiteral().getLexicalForm()).findFirst().orElse("");
            if (known.contains(digest) || batch.containsKey(name)) {
                counts[1]++;
                return;
            }
            told.put(name, corpus.resolve(graph, name));
            batch.put(name, graph);
            counts[0]++;
            if (batch.size() >= batchSize) flush(store, batch, told, listener);
        };
        for (Path part : parts) {
            ArticleStream s = new ArticleStream(article);
            try (InputStream in = open(part)) {
                RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(s);
            } catch (RiotException e) {
                flush(store, batch, told, listener);
                throw new ArticleReadException(part + ": not N-Quads: " + e.getMessage());
            } catch (IOException e) {
                flush(store, batch, told, listener);
                throw new ArticleReadException(part + ": cannot read: " + e.getMessage());
            }
        }
        flush(store, batch, told, listener);
        return new Counts(counts[0], counts[1]);
    }

    private static InputStream open(Path part) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(part));
        return part.getFileName().toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
    }

    private static void flush(GraphStore store, Map<String, Model> batch, Map<String, List<Merge>> told,
                              BiConsumer<String, List<Merge>> listener) {
        if (!batch.isEmpty()) store.replace(batch);
        told.forEach(listener);
        batch.clear();
        told.clear();
    }

    /** Gathers consecutive quads of one named graph into a model and hands each finished article on. */
    private static final class ArticleStream extends StreamRDFBase {
        private final BiConsumer<String, Model> article;
        private Node graph;
        private Model model;

        ArticleStream(BiConsumer<String, Model> article) {
            this.article = article;
        }

        @Override
        public void quad(Quad q) {
            if (q.isDefaultGraph()) throw new RiotException("a quad outside any article graph: " + q);
            if (!q.getGraph().equals(graph)) {
                if (graph != null) article.accept(graph.getURI(), model);
                graph = q.getGraph();
                model = ModelFactory.createDefaultModel();
            }
            model.getGraph().add(q.asTriple());
        }

        @Override
        public void triple(org.apache.jena.graph.Triple t) {
            throw new RiotException("a triple outside any article graph: " + t);
        }

        /** The parser's end of the part: the last article is finished. */
        @Override
        public void finish() {
            if (graph != null) article.accept(graph.getURI(), model);
            graph = null;
            model = null;
        }
    }
}
