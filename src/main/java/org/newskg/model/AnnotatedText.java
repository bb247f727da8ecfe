package org.newskg.model;

import java.util.List;
import java.util.Objects;

/**
 * An article split into sentences and tokens.
 *
 * @param article   the article
 * @param sentences sentences in text order
 * @param tokens    tokens in text order, grouped by sentence; {@code sentenceTokens} gives each group
 */
public record AnnotatedText(Article article, List<Sentence> sentences, List<List<Token>> sentenceTokens) {
    public AnnotatedText {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        sentenceTokens = sentenceTokens.stream().map(List::copyOf).toList();
        if (sentences.size() != sentenceTokens.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + sentenceTokens.size() + " token lists");
        }
    }

    /** The tokens of sentence {@code index}. */
    public List<Token> tokens(int index) {
        return sentenceTokens.get(index);
    }

    /** The article text. */
    public String text() {
        return article.text();
    }
}
