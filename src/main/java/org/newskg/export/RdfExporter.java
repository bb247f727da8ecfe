package org.newskg.export;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import java.io.OutputStream;
import java.util.Iterator;

/**
 * Writes RDF.
 *
 * <pre>
 * new RdfExporter().export(model, "https://newskg.org/article/…", RdfFormat.TRIG, System.out);
 * </pre>
 */
public final class RdfExporter {
    /** Writes one article graph; quad formats put it in the named graph {@code graphName}. */
    public void export(Model model, String graphName, RdfFormat format, OutputStream out) {
        if (format.quads()) {
            Dataset ds = DatasetFactory.create();
            ds.addNamedModel(graphName, model);
            RDFDataMgr.write(out, ds, quadFormat(format));
        } else {
            RDFDataMgr.write(out, model, tripleFormat(format));
        }
    }

    /** Writes all named graphs of a dataset; triple formats get their union. Call inside a read transaction. */
    public void export(Dataset dataset, RdfFormat format, OutputStream out) {
        if (format.quads()) {
            RDFDataMgr.write(out, dataset, quadFormat(format));
            return;
        }
        Model union = ModelFactory.createDefaultModel();
        for (Iterator<String> it = dataset.listNames(); it.hasNext(); ) {
            Model g = dataset.getNamedModel(it.next());
            union.add(g);
            union.setNsPrefixes(g.getNsPrefixMap());
        }
        RDFDataMgr.write(out, union, tripleFormat(format));
    }

    /**
     * Writes all named graphs of a dataset to a character stream (standard output), as it goes: quad formats are
     * streamed, never held whole. Call inside a read transaction.
     */
    public void export(Dataset dataset, RdfFormat format, java.io.Writer out) {
        if (format.quads()) {
            org.apache.jena.riot.RDFWriter.source(dataset.asDatasetGraph()).format(quadFormat(format)).build().output(out);
            return;
        }
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        export(dataset, format, buf);
        try {
            out.write(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RDFFormat quadFormat(RdfFormat f) {
        return f == RdfFormat.TRIG ? RDFFormat.TRIG_PRETTY : RDFFormat.NQUADS;
    }

    private static RDFFormat tripleFormat(RdfFormat f) {
        return switch (f) {
            case JSONLD -> RDFFormat.JSONLD11;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case RDFXML -> RDFFormat.RDFXML_PRETTY;
            default -> RDFFormat.TURTLE_PRETTY;
        };
    }
}
