package org.newskg.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.cli.CliRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing a snapshot from the test table and from a real Wikidata dump sample, and linking against it. */
class SnapshotWriterTest {
    @Test
    void aSnapshotOfTheTableKeepsWhatNewskgLinksToWithAllItsFields(@TempDir Path tmp) {
        Path out = tmp.resolve("snapshot.jsonl.gz");
        SnapshotWriter.Result r = new SnapshotWriter(0).write(TestData.wikidataTable(), out);
        LocalWikidataIndex whole = LocalWikidataIndex.load(TestData.wikidataTable());
        LocalWikidataIndex snapshot = LocalWikidataIndex.load(out);
        assertEquals(r.written(), snapshot.size());
        assertTrue(r.written() > 100 && r.written() < whole.size(), r.toString());
        assertFalse(Files.exists(tmp.resolve("snapshot.jsonl.gz.partial")));
        // every item kept is the same item it was in the table, read back field by field
        for (String id : List.of("Q157062", "Q157675")) {
            assertEquals(whole.items(List.of(id)), snapshot.items(List.of(id)), id);
        }
        // a concept (no type newskg links to) is left out
        Map<String, WikidataItem> all = whole.items(java.util.stream.Stream.of("robot", "harmony")
                .flatMap(n -> whole.search(n, 10).stream()).toList());
        assertTrue(all.values().stream().anyMatch(i -> WikidataTypes.standard().compatibility(i).isEmpty()));
        all.values().stream().filter(i -> WikidataTypes.standard().compatibility(i).isEmpty())
                .forEach(i -> assertTrue(snapshot.items(List.of(i.id())).isEmpty(), i.id()));
    }

    @Test
    void theSitelinksThresholdDropsLittleKnownItemsWhoseCountIsKnown(@TempDir Path tmp) {
        LocalWikidataIndex whole = LocalWikidataIndex.load(TestData.wikidataTable());
        Path out = tmp.resolve("known.jsonl.gz");
        CliRunner.Result r = CliRunner.run("wikidata", "snapshot", TestData.wikidataTable().toString(), "--out", out.toString(),
                "--min-sitelinks", "50");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)\\d+ of \\d+ items written to .*"), r.out());
        LocalWikidataIndex snapshot = LocalWikidataIndex.load(out);
        List<WikidataItem> counted = whole.items(whole.search("Vattenfall", 10)).values().stream()
                .filter(WikidataItem::popularityKnown).toList();
        assertFalse(counted.isEmpty());
        for (WikidataItem i : counted) {
            assertEquals(i.sitelinks() >= 50 && !WikidataTypes.standard().compatibility(i).isEmpty(),
                    !snapshot.items(List.of(i.id())).isEmpty(), i.id() + " " + i.sitelinks());
        }
    }

    @Test
    void aDumpIsStreamedIntoTheSameFormatWithItsSitelinksAndWebsites(@TempDir Path tmp) throws Exception {
        // two entity documents in the official dump's shape (one JSON array); Q5 is "human"
        String doc = """
                [
                {"type":"item","id":"Q9000001","labels":{"en":{"language":"en","value":"Maria Okafor"}},
                 "descriptions":{"en":{"language":"en","value":"Nigerian engineer"}},"aliases":{},
                 "sitelinks":{"enwiki":{"site":"enwiki","title":"Maria Okafor"},"dewiki":{"site":"dewiki","title":"Maria Okafor"}},
                 "claims":{"P31":[{"rank":"normal","mainsnak":{"snaktype":"value","property":"P31",
                   "datavalue":{"type":"wikibase-entityid","value":{"entity-type":"item","id":"Q5"}}}}],
                 "P856":[{"rank":"normal","mainsnak":{"snaktype":"value","property":"P856",
                   "datavalue":{"type":"string","value":"https://okafor.example"}}}]}},
                {"type":"item","id":"Q9000002","labels":{"en":{"language":"en","value":"Ade Okafor"}},
                 "descriptions":{},"aliases":{},"sitelinks":{"enwiki":{"site":"enwiki","title":"Ade Okafor"}},
                 "claims":{"P31":[{"rank":"normal","mainsnak":{"snaktype":"value","property":"P31",
                   "datavalue":{"type":"wikibase-entityid","value":{"entity-type":"item","id":"Q5"}}}}]}}
                ]
                """;
        Path dump = Files.writeString(tmp.resolve("latest-all.json"), doc);
        Path out = tmp.resolve("from-dump.jsonl.gz");
        SnapshotWriter.Result r = new SnapshotWriter(2).write(dump, out);
        assertEquals(new SnapshotWriter.Result(2, 1), r);
        WikidataItem maria = LocalWikidataIndex.load(out).items(List.of("Q9000001")).get("Q9000001");
        assertEquals(2, maria.sitelinks());
        assertEquals(List.of("https://okafor.example"), maria.websites());
        assertEquals(List.of("Q5"), maria.types());
        assertEquals(LocalWikidataIndex.load(dump).items(List.of("Q9000001")).get("Q9000001"), maria);
    }

    @Test
    void aMissingSourceIsOneClearLine(@TempDir Path tmp) {
        CliRunner.Result r = CliRunner.run("wikidata", "snapshot", tmp.resolve("nope.jsonl").toString(), "--out",
                tmp.resolve("s.jsonl.gz").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("no such Wikidata table or dump file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
