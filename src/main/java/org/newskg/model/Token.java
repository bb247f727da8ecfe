package org.newskg.model;

import java.util.Objects;

/**
 * A word, number or punctuation mark.
 *
 * @param span     where it lies in the article text
 * @param text     its characters
 * @param sentence index of the sentence that holds it
 * @param pos      its part of speech (a Penn Treebank tag such as NNP, JJ, CD), empty when not tagged
 */
public record Token(Span span, String text, int sentence, String pos) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
    }

    /** An untagged token. */
    public Token(Span span, String text, int sentence) {
        this(span, text, sentence, "");
    }

    /** The same token with its part of speech. */
    public Token withPos(String tag) {
        return new Token(span, text, sentence, tag);
    }

    /** True when tagged as a noun of any kind (NN, NNS, NNP, NNPS). */
    public boolean noun() {
        return pos.startsWith("NN");
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
