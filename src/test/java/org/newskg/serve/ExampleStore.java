package org.newskg.serve;

import org.newskg.cli.CliRunner;

import java.nio.file.Path;

/** A store holding an invented energy-deal article that names real companies, linked with the bundled Wikidata snapshot. */
final class ExampleStore {
    /** Vattenfall buys the invented Globex Energy, whose chief executive is Maria Okafor; Unilever is a partner. */
    static final Path ARTICLE = Path.of("src/test/resources/articles/energy-deal.txt");

    private ExampleStore() {
    }

    static Path build(Path dir) {
        Path store = dir.resolve("kg");
        CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), "--published", "2026-01-13",
                ARTICLE.toString());
        if (r.code() != 0) throw new IllegalStateException("building the example store failed: " + r.err());
        return store;
    }
}
