package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Constants for every term of {@code ontology/newskg.ttl}; {@code VocabularyTest} keeps the two in step. */
public final class NKG {
    /** The namespace. */
    public static final String NS = "https://newskg.org/ontology#";
    /** The preferred prefix. */
    public static final String PREFIX = "nkg";

    public static final Resource Entity = r("Entity");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Product = r("Product");
    public static final Resource Role = r("Role");
    public static final Resource Deal = r("Deal");
    public static final Resource DealType = r("DealType");
    public static final Resource DealStatus = r("DealStatus");
    public static final Resource Event = r("Event");
    public static final Resource Figure = r("Figure");
    public static final Resource Article = r("Article");
    public static final Resource Mention = r("Mention");
    public static final Resource Description = r("Description");
    public static final Resource Merge = r("Merge");
    public static final Resource Evidence = r("Evidence");
    public static final Resource WikidataLink = r("WikidataLink");

    public static final Resource acquisition = r("acquisition");
    public static final Resource investment = r("investment");
    public static final Resource hiring = r("hiring");
    public static final Resource partnership = r("partnership");

    public static final Resource proposed = r("proposed");
    public static final Resource announced = r("announced");
    public static final Resource pending = r("pending");
    public static final Resource completed = r("completed");
    public static final Resource rejected = r("rejected");
    public static final Resource stalled = r("stalled");
    public static final Resource abandoned = r("abandoned");
    public static final Resource blocked = r("blocked");

    public static final Property title = p("title");
    public static final Property former = p("former");
    public static final Property dealType = p("dealType");
    public static final Property status = p("status");
    public static final Property initiator = p("initiator");
    public static final Property target = p("target");
    public static final Property amount = p("amount");
    public static final Property participant = p("participant");
    public static final Property subject = p("subject");
    public static final Property measure = p("measure");
    public static final Property qualifier = p("qualifier");
    public static final Property article = p("article");
    public static final Property denotes = p("denotes");
    public static final Property sentence = p("sentence");
    public static final Property language = p("language");
    public static final Property authorName = p("authorName");
    public static final Property period = p("period");
    public static final Property linkedEntity = p("linkedEntity");
    public static final Property linkTarget = p("linkTarget");
    public static final Property linkScore = p("linkScore");
    public static final Property linkMethod = p("linkMethod");
    public static final Property matchedName = p("matchedName");
    public static final Property sourceDigest = p("sourceDigest");
    public static final Property mergedFrom = p("mergedFrom");
    public static final Property mergedInto = p("mergedInto");
    public static final Property mergedName = p("mergedName");
    public static final Property mergeEvidence = p("mergeEvidence");
    public static final Property mergeScore = p("mergeScore");

    private NKG() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
