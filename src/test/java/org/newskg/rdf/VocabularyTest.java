package org.newskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    private final Model ontology = ModelFactory.createModelForGraph(GraphValidator.load("/ontology/newskg.ttl"));

    @Test
    void everyConstantIsDeclaredAndEveryDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
                assertEquals(NKG.NS + f.getName(), r.getURI(), "constant " + f.getName() + " keeps its ontology name");
                constants.add(r.getURI());
            }
        }
        Set<String> declared = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NKG.NS)) declared.add(s.getURI());
        });
        assertEquals(declared, constants);
    }

    @Test
    void shapesParseAndTargetOnlyDeclaredClasses() {
        Model shapes = ModelFactory.createModelForGraph(GraphValidator.load("/ontology/newskg-shapes.ttl"));
        Set<String> targets = new HashSet<>();
        shapes.listObjectsOfProperty(shapes.createProperty("http://www.w3.org/ns/shacl#targetClass"))
                .forEachRemaining(o -> targets.add(o.asResource().getURI()));
        assertFalse(targets.isEmpty());
        for (String t : targets) {
            assertTrue(ontology.containsResource(ontology.createResource(t)), t + " is declared in the ontology");
        }
    }
}
