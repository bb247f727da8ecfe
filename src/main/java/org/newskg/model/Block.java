package org.newskg.model;

import java.util.Objects;

/**
 * A paragraph-like unit of the article text. Sentences never cross a block boundary.
 *
 * @param span where the block lies in {@link Article#text()}
 * @param kind what the block is
 */
public record Block(Span span, BlockKind kind) {
    public Block {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
