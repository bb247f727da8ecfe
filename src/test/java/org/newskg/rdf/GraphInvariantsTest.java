package org.newskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.TestData;
import org.newskg.model.Extraction;
import org.newskg.read.ArticleInput;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of the graph of the bundled example article. */
class GraphInvariantsTest {
    private final Model ontology = ModelFactory.createModelForGraph(GraphValidator.load("/ontology/newskg.ttl"));

    private Extraction example(NewsKg kg) throws IOException {
        return kg.process(new ArticleInput(Files.readAllBytes(TestData.example()), "example", Optional.empty()));
    }

    @Test
    void exampleGraphConformsUsesDeclaredTermsAndPointsIntoTheText() throws IOException {
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
        Extraction x = example(kg);
        Model m = kg.map(x);
        assertEquals(0, new GraphValidator().validate(m).size(), "the example graph conforms to the SHACL shapes");
        for (Statement s : m.listStatements().toList()) {
            assertTrue(s.getSubject().isURIResource(), "no blank nodes: " + s);
            if (s.getPredicate().getURI().startsWith(NKG.NS)) {
                assertTrue(ontology.containsResource(s.getPredicate()), "declared property " + s.getPredicate());
            }
            if (s.getPredicate().equals(RDF.type)) {
                RDFNode type = s.getObject();
                if (type.asResource().getURI().startsWith(NKG.NS)) {
                    assertTrue(ontology.containsResource(type.asResource()), "declared class " + type);
                }
            }
            if (s.getObject().isURIResource()) {
                assertTrue(s.getObject().asResource().getURI().matches("^https?://.+"), "absolute IRI " + s.getObject());
            }
        }
        String text = x.article().text();
        x.entities().forEach(e -> e.mentions().forEach(mn -> {
            assertTrue(mn.span().end() <= text.length());
            assertEquals(mn.surface(), mn.span().of(text), "a mention's surface is the text at its span");
        }));
        x.roles().forEach(r -> assertEquals(r.evidence().text(), r.evidence().span().of(text)));
        x.deals().forEach(d -> d.evidence().forEach(e -> assertEquals(e.text(), e.span().of(text))));
    }

    @Test
    void mappingIsDeterministic() throws IOException {
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
        Model a = kg.map(example(kg));
        Model b = kg.map(example(kg));
        assertTrue(a.isIsomorphicWith(b));
        assertEquals(a.size(), b.size());
    }
}
