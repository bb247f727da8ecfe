package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms newskg reuses from schema.org, the W3C ORG ontology, PROV-O, Dublin Core and NIF. */
public final class Vocab {
    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static final Property name = ResourceFactory.createProperty(SCHEMA + "name");
    public static final Property alternateName = ResourceFactory.createProperty(SCHEMA + "alternateName");
    public static final Property manufacturer = ResourceFactory.createProperty(SCHEMA + "manufacturer");
    public static final Property headline = ResourceFactory.createProperty(SCHEMA + "headline");
    public static final Property url = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property datePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");
    public static final Property author = ResourceFactory.createProperty(SCHEMA + "author");
    public static final Property publisher = ResourceFactory.createProperty(SCHEMA + "publisher");
    public static final Property priceCurrency = ResourceFactory.createProperty(SCHEMA + "priceCurrency");
    public static final Property value = ResourceFactory.createProperty(SCHEMA + "value");
    public static final Property unitText = ResourceFactory.createProperty(SCHEMA + "unitText");
    public static final Property member = ResourceFactory.createProperty(ORG + "member");
    public static final Property organization = ResourceFactory.createProperty(ORG + "organization");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property date = ResourceFactory.createProperty(DCTERMS + "date");
    public static final Property beginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NIF + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NIF + "anchorOf");

    private Vocab() {
    }
}
