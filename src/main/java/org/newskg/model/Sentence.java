package org.newskg.model;

import java.util.Objects;

/**
 * One sentence of the article.
 *
 * @param index position among the article's sentences, from 0
 * @param span  where it lies in the article text
 * @param text  its characters
 * @param kind  the kind of block it belongs to
 */
public record Sentence(int index, Span span, String text, BlockKind kind) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("sentence text length " + text.length() + " != span " + span);
        }
    }

    /** The evidence pointing at this whole sentence. */
    public Evidence evidence() {
        return new Evidence(span, text);
    }
}
