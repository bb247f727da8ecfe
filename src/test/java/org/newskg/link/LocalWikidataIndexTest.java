package org.newskg.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.error.LinkingException;
import org.newskg.TestData;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading Wikidata JSON dumps (recorded real dump files) and refusing what is not one. */
class LocalWikidataIndexTest {
    private static final Path FIXTURES = TestData.wikidataFixtures();

    @Test
    void aDumpKeepsOnlyItemsWithAnEnglishLabelAndALinkableType(@TempDir Path tmp) throws IOException {
        Path dump = FIXTURES.resolve("mock-dump-for-long-testing.json");
        LocalWikidataIndex index = LocalWikidataIndex.load(dump);
        String text = Files.readString(dump);
        int entities = text.split("\"type\":\"(item|property|lexeme)\"").length - 1;
        assertTrue(index.size() < entities, index.size() + " of " + entities + " entities kept");
        index.items(index.search("Douglas Adams", 5)).values().forEach(i -> assertEquals("Douglas Adams", i.label()));
    }

    @Test
    void aGzippedDumpOfWbgetentitiesAnswersReadsTheSame(@TempDir Path tmp) throws IOException {
        // The recorded API answer for Q42 holds the full entity document a dump line holds.
        String entity = org.newskg.export.Json.mapper().readTree(FIXTURES.resolve("wbgetentities-Douglas-Adams.json").toFile())
                .path("entities").path("Q42").toString();
        Path gz = tmp.resolve("latest-all.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(("[\n" + entity + ",\n" + entity.replace("\"Q42\"", "\"Q4200000\"") + "\n]\n").getBytes());
        }
        LocalWikidataIndex index = LocalWikidataIndex.load(gz);
        assertEquals(List.of("Q42", "Q4200000"), index.search("Douglas Adams", 5));
        WikidataItem adams = index.items(List.of("Q42")).get("Q42");
        assertTrue(adams.types().contains("Q5"), "P31 human read from the claims: " + adams.types());
        assertTrue(adams.aliases().contains("Douglas Noël Adams"), adams.aliases().toString());
        assertTrue(!adams.claim("P106").isEmpty(), "occupation claims kept");
    }

    @Test
    void missingOrNonJsonFilesAreRefusedWithTheirName(@TempDir Path tmp) throws IOException {
        LinkingException missing = assertThrows(LinkingException.class, () -> LocalWikidataIndex.load(tmp.resolve("none.jsonl")));
        assertTrue(missing.getMessage().contains("none.jsonl"), missing.getMessage());
        Path junk = Files.writeString(tmp.resolve("junk.json"), "this is not json");
        LinkingException bad = assertThrows(LinkingException.class, () -> LocalWikidataIndex.load(junk));
        assertTrue(bad.getMessage().contains("junk.json"), bad.getMessage());
    }
}
