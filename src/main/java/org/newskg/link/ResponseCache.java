package org.newskg.link;

import org.newskg.error.LinkingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A folder of Wikidata answers kept between runs: one file per question (a search, or one entity), named by a
 * hash of the question, written atomically so that an interrupted run leaves no half file.
 */
public final class ResponseCache {
    private final Path dir;

    private ResponseCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cache in {@code dir}, created if missing.
     *
     * @throws LinkingException when the folder cannot be created
     */
    public static ResponseCache in(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LinkingException(dir + ": cannot create the Wikidata cache folder: " + e.getMessage(), e);
        }
        return new ResponseCache(dir);
    }

    /** The stored answer to {@code key}, if any. */
    public Optional<String> get(String key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code body} as the answer to {@code key}. */
    public void put(String key, String body) {
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), "tmp", ".json");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LinkingException(dir + ": cannot write to the Wikidata cache: " + e.getMessage(), e);
        }
    }

    private Path file(String key) {
        try {
            String h = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
            return dir.resolve(h.substring(0, 2)).resolve(h.substring(2, 40) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
