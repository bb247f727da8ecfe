package org.newskg.model;

import java.util.Objects;

/**
 * A word, number or punctuation mark.
 *
 * @param span     where it lies in the article text
 * @param text     its characters
 * @param sentence index of the sentence that holds it
 */
public record Token(Span span, String text, int sentence) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    /** True when the first character is an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when the token holds at least one letter or digit. */
    public boolean wordLike() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
