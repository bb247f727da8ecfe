package org.newskg.mention;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.cli.CliRunner;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Span;
import org.newskg.text.Lexicons;
import org.newskg.text.TextAnalyzer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Wikidata name index: how it is written from a snapshot, and what the recognizer does with it on invented
 * sentences that use real, well-known names of no evaluation article.
 */
class KnownNamesTest {
    private static final ContextMentionRecognizer RECOGNIZER = new ContextMentionRecognizer(Lexicons.standard());

    private static List<Mention> recognize(String text) {
        Article a = new Article(text, List.of(new Block(new Span(0, text.length()), BlockKind.PARAGRAPH)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("en"));
        return RECOGNIZER.recognize(new TextAnalyzer().analyze(a));
    }

    private static Set<String> surfaces(List<Mention> ms, EntityType type) {
        return ms.stream().filter(m -> m.type() == type).map(Mention::surface).collect(Collectors.toSet());
    }

    @Test
    void theBundledIndexKnowsWellKnownNamesWithTheirKindAndFame() {
        KnownNames k = KnownNames.bundled();
        assertEquals(EntityType.ORGANIZATION, k.of("General Mills").orElseThrow().type());
        assertTrue(k.of("General Mills").orElseThrow().famous());
        assertTrue(k.of("general mills").isEmpty(), "names are matched as written");
        // a famous one-word name is evidence of its kind; one that is also an English word, half as much
        assertEquals(Weight.MODERATE, k.evidence("Kmart").get(EntityType.ORGANIZATION));
        assertTrue(k.evidence("Nobody Knows This Company Ltd").isEmpty());
    }

    @Test
    void aKnownNameIsReadWholeWhereTheChunkerWouldCutIt() {
        // "Home" and "Best" are ordinary words that open no name on their own: without the index only the last
        // word is read, as an organization
        List<Mention> ms = recognize("The report by Home Depot surprised investors, and sales at Best Western rose.");
        Set<String> orgs = surfaces(ms, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("Home Depot", "Best Western")), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("Depot") || m.surface().equals("Best")), ms.toString());
    }

    @Test
    void aKnownNameWrittenInLowerCaseIsNotSpotted() {
        List<Mention> ms = recognize("She bought general mills and a home depot near the station.");
        assertTrue(ms.isEmpty(), ms.toString());
    }

    @Test
    void theWriterKeepsNameLikeLabelsAndAliasesWithTheBestKnownBearer(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("names.tsv.gz");
        CliRunner.Result r = CliRunner.run("wikidata", "names", TestData.wikidataTable().toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("\\d+ names written to .*\\s*"), r.out());
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(out)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) if (!line.startsWith("#")) rows.add(line.split("\t"));
        }
        assertEquals(Integer.parseInt(r.out().split(" ")[0]), rows.size());
        assertTrue(rows.size() > 100, "" + rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1)[0].compareTo(rows.get(i)[0]) < 0, "sorted and unique at " + rows.get(i)[0]);
        }
        for (String[] row : rows) {
            assertEquals(4, row.length, String.join("|", row));
            assertTrue(row[0].chars().anyMatch(Character::isUpperCase), row[0]);
            assertTrue(row[3].matches("Q\\d+"), row[3]);
            EntityType type = EntityType.valueOf(row[1]);
            if (type == EntityType.PERSON) assertTrue(row[0].contains(" "), "a person by one word: " + row[0]);
        }
        // the same source gives the same bytes
        Path again = tmp.resolve("again.tsv.gz");
        assertEquals(0, CliRunner.run("wikidata", "names", TestData.wikidataTable().toString(), "--out", again.toString()).code());
        assertEquals(readAll(out), readAll(again));
    }

    private static String readAll(Path gz) throws Exception {
        try (var in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
