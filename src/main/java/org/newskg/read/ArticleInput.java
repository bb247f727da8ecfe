package org.newskg.read;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Raw input for a reader.
 *
 * @param bytes   the content as received
 * @param origin  file name, URL or "-" for standard input; used in messages
 * @param url     the URL the content came from, when known
 * @param charset the character encoding the server declared (HTTP {@code Content-Type}), when there was one
 * @param published the publication date the input came with (a JSON Lines record's {@code published}), for an
 *                  article that gives none itself
 */
public record ArticleInput(byte[] bytes, String origin, Optional<String> url, Optional<Charset> charset,
                           Optional<LocalDate> published) {
    public ArticleInput {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(published, "published");
    }

    /** Input with a declared encoding and no date of its own. */
    public ArticleInput(byte[] bytes, String origin, Optional<String> url, Optional<Charset> charset) {
        this(bytes, origin, url, charset, Optional.empty());
    }

    /** Input whose encoding only its content can tell (a file, standard input). */
    public ArticleInput(byte[] bytes, String origin, Optional<String> url) {
        this(bytes, origin, url, Optional.empty());
    }
}
