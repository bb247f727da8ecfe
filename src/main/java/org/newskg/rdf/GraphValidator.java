package org.newskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.newskg.error.NewsKgException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Validates an article's graph against {@code ontology/newskg-shapes.ttl}, with the ontology added so that
 * {@code sh:class} sees the subclass hierarchy.
 */
public final class GraphValidator {
    /**
     * One violation.
     *
     * @param focusNode the node that violates a shape
     * @param message   what is wrong
     */
    public record Violation(String focusNode, String message) {
    }

    private final Shapes shapes;
    private final Model ontology;

    public GraphValidator() {
        this.shapes = Shapes.parse(load("/ontology/newskg-shapes.ttl"));
        this.ontology = ModelFactory.createModelForGraph(load("/ontology/newskg.ttl"));
    }

    /** Loads a bundled Turtle file from the class path. */
    public static Graph load(String path) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = GraphValidator.class.getResourceAsStream(path)) {
            if (in == null) throw new NewsKgException(path + " is missing from the class path");
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return m.getGraph();
    }

    /** The ontology as a model (read-only use). */
    public Model ontology() {
        return ontology;
    }

    /** @return the violations; empty when the graph conforms */
    public List<Violation> validate(Model data) {
        Model union = ModelFactory.createUnion(data, ontology);
        ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
        return report.getEntries().stream().map(GraphValidator::violation).toList();
    }

    private static Violation violation(ReportEntry e) {
        return new Violation(e.focusNode().toString(), e.message());
    }
}
