/**
 * Stage 6, RDF: the vocabulary ({@link org.newskg.rdf.NKG}), IRI minting ({@link org.newskg.rdf.Iris}), the
 * mapping of an {@link org.newskg.model.Extraction} to a Jena model ({@link org.newskg.rdf.GraphMapper}) and
 * SHACL validation ({@link org.newskg.rdf.GraphValidator}).
 */
package org.newskg.rdf;
