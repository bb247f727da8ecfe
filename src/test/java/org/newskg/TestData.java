package org.newskg;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test data lives: bundled resources, and the shared evaluation folder beside the repository. */
public final class TestData {
    private TestData() {
    }

    /** The shared folder ({@code ../shared}); tests that need it are skipped when it is absent. */
    public static Path shared() {
        return Path.of(System.getProperty("newskg.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static boolean hasShared() {
        return Files.isDirectory(shared().resolve("eval/dev"));
    }

    /** The bundled example article (the seed article, published 2026-03-05). */
    public static Path example() {
        return Path.of("src/main/resources/examples/seed-article.txt");
    }
}
