package org.newskg.query;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.error.QueryException;
import org.newskg.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each bundled query runs against {@code queries/fixture.ttl} (loaded as one article graph) and gives
 * {@code queries/expected/<name>.tsv}; a missing expected file fails. {@code -Dnewskg.updateGolden=true} rewrites
 * the expected files.
 */
class QueriesTest {
    private static final Path DIR = Path.of("src/test/resources/queries");
    private static final Map<NamedQuery, Map<String, String>> PARAMS = Map.of(
            NamedQuery.ENTITY_PROFILE, Map.of("entityName", "Lumen Robotics"),
            NamedQuery.DEALS_BY_COMPANY, Map.of("companyName", "Lumen Robotics"),
            NamedQuery.ENTITY_SEARCH, Map.of("text", "lumen"),
            NamedQuery.ENTITY_CARD, Map.of("entity", "https://newskg.org/id/organization/lumen-robotics"),
            NamedQuery.ENTITY_FACTS, Map.of("entity", "https://newskg.org/id/organization/lumen-robotics"),
            NamedQuery.ENTITY_NEIGHBOURS, Map.of("entity", "https://newskg.org/id/organization/lumen-robotics"),
            NamedQuery.ENTITY_TIMELINE, Map.of("entityName", "Lumen Robotics"));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(NamedQuery.class)
    void everyBundledQueryParsesAndHasAHeaderComment(NamedQuery q) {
        assertTrue(q.text().startsWith("#"), q.fileName() + " starts with a comment");
        assertTrue(q.query().isSelectType(), q.fileName() + " is a SELECT query");
    }

    @ParameterizedTest
    @EnumSource(NamedQuery.class)
    void queryGivesExpectedRowsOnFixture(NamedQuery q) throws IOException {
        Model fixture = ModelFactory.createDefaultModel();
        RDFDataMgr.read(fixture, DIR.resolve("fixture.ttl").toString(), Lang.TURTLE);
        String result;
        try (GraphStore store = GraphStore.open(tmp.resolve("kg"), true)) {
            // as in a built store, the article's graph is named by the article's IRI
            String article = fixture.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                    fixture.createResource("https://newskg.org/ontology#Article")).next().getURI();
            store.replace(Map.of(article, fixture));
            // and the graphs linking writes
            org.apache.jena.query.Dataset links = RDFDataMgr.loadDataset(DIR.resolve("fixture-wikidata.trig").toString());
            Map<String, Model> linkGraphs = new java.util.HashMap<>();
            links.listModelNames().forEachRemaining(n -> linkGraphs.put(n.getURI(), links.getNamedModel(n)));
            store.replace(linkGraphs);
            result = new QueryRunner(store).run(q.query(), PARAMS.getOrDefault(q, Map.of()), ResultFormat.TSV);
        }
        Path expected = DIR.resolve("expected").resolve(q.queryName() + ".tsv");
        if (Boolean.getBoolean("newskg.updateGolden")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, result);
            Assumptions.abort("wrote " + expected + "; review it");
        }
        assertTrue(Files.exists(expected), expected + " is missing: run with -Dnewskg.updateGolden=true and review it");
        assertEquals(Files.readString(expected), result);
    }

    @Test
    void everyQueryFileParsesTheBundledAndTheExamples() throws IOException {
        try (var files = Files.list(Path.of("queries"))) {
            List<Path> rq = files.filter(f -> f.toString().endsWith(".rq")).toList();
            assertTrue(rq.size() > NamedQuery.values().length, "the examples are there too: " + rq);
            for (Path f : rq) assertTrue(NamedQuery.parse(Files.readString(f), f.toString()).isSelectType(), f.toString());
        }
    }

    @Test
    void syntaxErrorNamesTheSource() {
        QueryException e = assertThrows(QueryException.class, () -> NamedQuery.parse("SELECT ?x WHERE {", "broken.rq"));
        assertTrue(e.getMessage().startsWith("broken.rq: SPARQL syntax error"), e.getMessage());
    }
}
