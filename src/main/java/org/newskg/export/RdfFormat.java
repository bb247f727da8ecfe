package org.newskg.export;

/**
 * The RDF serializations newskg writes. The triple formats (TURTLE, NTRIPLES, RDFXML, JSONLD) merge all graphs;
 * the quad formats (TRIG, NQUADS) keep them apart.
 */
public enum RdfFormat {
    TURTLE, NTRIPLES, RDFXML, JSONLD, TRIG, NQUADS;

    /** Whether the format keeps named graphs apart. */
    public boolean quads() {
        return this == TRIG || this == NQUADS;
    }
}
