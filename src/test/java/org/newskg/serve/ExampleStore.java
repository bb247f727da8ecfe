package org.newskg.serve;

import org.newskg.TestData;
import org.newskg.cli.CliRunner;

import java.nio.file.Path;

/** A store holding the bundled example article, linked with the real Wikidata table. */
final class ExampleStore {
    private ExampleStore() {
    }

    static Path build(Path dir) {
        Path store = dir.resolve("kg");
        CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), "--published", "2026-03-05",
                "--wikidata-table", TestData.shared().resolve("wikidata/entities.jsonl").toString(), TestData.example().toString());
        if (r.code() != 0) throw new IllegalStateException("building the example store failed: " + r.err());
        return store;
    }
}
