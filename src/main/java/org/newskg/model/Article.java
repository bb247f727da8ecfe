package org.newskg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as read from HTML or plain text: its plain text, divided into blocks, and its metadata.
 *
 * @param text      the article text that all spans index; never null, may be empty only for a failed read
 * @param blocks    blocks in text order, covering the text that should be analysed
 * @param title     the headline, when known
 * @param authors   author names, in byline order; empty when unknown
 * @param published the publication date-time as found (ISO 8601, with offset when known)
 * @param date      the local publication date, used to resolve relative dates
 * @param url       canonical URL, when known
 * @param site      site or publisher name, when known
 * @param language  BCP 47 language tag, when known or detected
 * @param diagnostics what the reader had to do to read it ("the body was read from the page's JSON-LD"), in order
 */
public record Article(String text, List<Block> blocks, Optional<String> title, List<String> authors,
                      Optional<String> published, Optional<LocalDate> date, Optional<String> url,
                      Optional<String> site, Optional<String> language, List<Diagnostic> diagnostics) {
    /** An article that was read without anything to report. */
    public Article(String text, List<Block> blocks, Optional<String> title, List<String> authors,
                   Optional<String> published, Optional<LocalDate> date, Optional<String> url,
                   Optional<String> site, Optional<String> language) {
        this(text, blocks, title, authors, published, date, url, site, language, List.of());
    }

    public Article {
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(language, "language");
        for (Block b : blocks) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException("block " + b.span() + " outside text of length " + text.length());
            }
        }
    }

    /** A copy with the given local publication date (and the same date as the raw {@code published} if none). */
    public Article withDate(LocalDate newDate) {
        Objects.requireNonNull(newDate, "newDate");
        return new Article(text, blocks, title, authors, published.or(() -> Optional.of(newDate.toString())),
                Optional.of(newDate), url, site, language, diagnostics);
    }

    /** A copy with the given canonical URL. */
    public Article withUrl(String newUrl) {
        Objects.requireNonNull(newUrl, "newUrl");
        return new Article(text, blocks, title, authors, published, date, Optional.of(newUrl), site, language, diagnostics);
    }

    /** The story as a reader sees it: the text of every block but the title, bylines and boilerplate, a blank line apart. */
    public String body() {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            if (block.kind() == BlockKind.TITLE || block.kind() == BlockKind.BYLINE || block.kind() == BlockKind.BOILERPLATE) continue;
            if (b.length() > 0) b.append("\n\n");
            b.append(block.span().of(text));
        }
        return b.toString();
    }
}
