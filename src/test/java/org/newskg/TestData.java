package org.newskg;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test data lives: bundled resources, and the shared evaluation folder beside the repository. */
public final class TestData {
    private TestData() {
    }

    /**
     * The shared folder ({@code ../shared}) of evaluation corpora; tests that measure on it skip when it is absent,
     * unless {@code NEWSKG_REQUIRE_SHARED=1} (as {@code .ci/run} sets), when they fail.
     */
    public static Path shared() {
        return Path.of(System.getProperty("newskg.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static boolean hasShared() {
        return Files.isDirectory(shared().resolve("eval/dev"));
    }

    /** Whether this run must have {@code ../shared} ({@code NEWSKG_REQUIRE_SHARED=1}, as {@code .ci/run} sets). */
    public static boolean sharedRequired() {
        return "1".equals(System.getenv("NEWSKG_REQUIRE_SHARED"));
    }

    /** Skips the calling test when {@code ../shared} is absent, or fails it when the run requires shared data. */
    public static Path requireShared(String what) {
        Path p = shared().resolve(what);
        if (!Files.exists(p)) {
            String why = p + " is not beside the repository";
            if (sharedRequired()) {
                org.junit.jupiter.api.Assertions.fail(why + ", and NEWSKG_REQUIRE_SHARED=1 requires it");
            }
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        return p;
    }

    /** The part of the real Wikidata table that the unit tests need (see {@code wikidata/subset.py}). */
    public static Path wikidataTable() {
        return Path.of("src/test/resources/wikidata/entities-test.jsonl");
    }

    /** Recorded real Wikidata API answers and dumps (from Wikidata Toolkit's tests, Apache-2.0; content CC0). */
    public static Path wikidataFixtures() {
        return Path.of("src/test/resources/wikidata/fixtures/wdtk");
    }

    /** The bundled example article (the seed article, published 2026-03-05). */
    public static Path example() {
        return Path.of("src/main/resources/examples/seed-article.txt");
    }
}
