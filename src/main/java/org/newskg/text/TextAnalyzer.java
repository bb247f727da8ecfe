package org.newskg.text;

import org.newskg.model.AnnotatedText;
import org.newskg.model.Article;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.util.List;

/** Runs the sentence splitter and the tokenizer: Article in, AnnotatedText out. */
public final class TextAnalyzer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();

    /** @return the article's sentences and their tokens */
    public AnnotatedText analyze(Article article) {
        List<Sentence> sentences = splitter.split(article);
        List<List<Token>> tokens = sentences.stream().map(tokenizer::tokenize).toList();
        return new AnnotatedText(article, sentences, tokens);
    }
}
