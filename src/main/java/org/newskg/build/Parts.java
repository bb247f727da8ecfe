package org.newskg.build;

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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The article graphs a distributed build wrote, as the input of an {@link Ingestion}: N-Quads parts (gzipped or
 * not), each article's quads together in its named graph, the articles in source order. Each graph goes through the
 * same serial resolution and batched writes as a local build's; an article already stored from the same bytes
 * ({@code nkg:sourceDigest}), or met earlier in the same load, is passed over, so a load run again, or resumed, adds
 * only what is missing.
 */
public final class Parts {
    private Parts() {
    }

    /** The quads of one prepared article graph, as N-Quads lines, for a part file. */
    public static String nquads(Outcome.Stored article) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.addGraph(NodeFactory.createURI(article.graphName()), article.graph().getGraph());
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
     * @param listener hears of each article, once its batch is written
     * @throws ArticleReadException when a part is not N-Quads (the articles before it stay stored)
     */
    public static Ingestion.Counts load(GraphStore store, List<Path> parts, Ingestion.Settings settings, StageTimes times,
                                        Consumer<Outcome> listener) {
        try (Ingestion in = new Ingestion(store, settings, times, listener)) {
            Set<String> seen = new HashSet<>();
            BiConsumer<String, Model> article = (name, graph) -> {
                String digest = graph.listObjectsOfProperty(NKG.sourceDigest).toList().stream()
                        .map(n -> n.asLiteral().getLexicalForm()).findFirst().orElse("");
                if (in.known().contains(digest) || !seen.add(name)) {
                    in.submit(new Outcome.Unchanged(name));
                } else {
                    in.submit(new Outcome.Stored(name, name, graph, Optional.empty(), List.of(), List.of()));
                }
            };
            for (Path part : parts) {
                try (InputStream input = open(part)) {
                    RDFParser.source(input).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                            .parse(new ArticleStream(article));
                } catch (RiotException e) {
                    in.finish();
                    throw new ArticleReadException(part + ": not N-Quads: " + e.getMessage());
                } catch (IOException e) {
                    in.finish();
                    throw new ArticleReadException(part + ": cannot read: " + e.getMessage());
                }
            }
            return in.finish();
        }
    }

    private static InputStream open(Path part) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(part));
        return part.getFileName().toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
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
