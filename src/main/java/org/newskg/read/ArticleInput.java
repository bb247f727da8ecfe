package org.newskg.read;

import java.util.Objects;
import java.util.Optional;

/**
 * Raw input for a reader.
 *
 * @param bytes  the content as received
 * @param origin file name, URL or "-" for standard input; used in messages
 * @param url    the URL the content came from, when known
 */
public record ArticleInput(byte[] bytes, String origin, Optional<String> url) {
    public ArticleInput {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(url, "url");
    }
}
