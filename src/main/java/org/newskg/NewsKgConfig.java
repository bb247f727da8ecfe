package org.newskg;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * All settings of a newskg run, passed to constructors; the library reads nothing else.
 *
 * @param published      publication date to use when the article does not give one (plain text)
 * @param url            URL of the article when the input does not say
 * @param strict         SHACL violations make a build fail instead of being reported
 * @param maxInputBytes  larger inputs are refused
 * @param maxDiagnostics diagnostics kept per article
 */
public record NewsKgConfig(Optional<LocalDate> published, Optional<String> url, boolean strict, long maxInputBytes,
                           int maxDiagnostics) {
    /** Inputs above this size are not news articles: 20 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 20L * 1024 * 1024;

    public NewsKgConfig {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        }
        if (maxDiagnostics < 0) {
            throw new IllegalArgumentException("maxDiagnostics must not be negative: " + maxDiagnostics);
        }
    }

    /** No fallback date or URL, lenient validation, 20 MiB inputs, 100 diagnostics. */
    public static NewsKgConfig defaults() {
        return new NewsKgConfig(Optional.empty(), Optional.empty(), false, DEFAULT_MAX_INPUT_BYTES, 100);
    }

    public NewsKgConfig withPublished(LocalDate date) {
        return new NewsKgConfig(Optional.of(date), url, strict, maxInputBytes, maxDiagnostics);
    }

    public NewsKgConfig withUrl(String newUrl) {
        return new NewsKgConfig(published, Optional.of(newUrl), strict, maxInputBytes, maxDiagnostics);
    }

    public NewsKgConfig withStrict(boolean newStrict) {
        return new NewsKgConfig(published, url, newStrict, maxInputBytes, maxDiagnostics);
    }

    public NewsKgConfig withMaxInputBytes(long newMax) {
        return new NewsKgConfig(published, url, strict, newMax, maxDiagnostics);
    }
}
