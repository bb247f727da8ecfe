package org.newskg.export;

/** The RDF serializations newskg writes. TURTLE and JSONLD merge all graphs; TRIG and NQUADS keep them apart. */
public enum RdfFormat {
    TURTLE, TRIG, NQUADS, JSONLD
}
