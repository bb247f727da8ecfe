package org.newskg.text;

import org.newskg.model.AnnotatedText;
import org.newskg.model.Article;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.util.List;

/** Runs the sentence splitter, the tokenizer and the part-of-speech tagger: Article in, AnnotatedText out. */
public final class TextAnalyzer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final PartOfSpeech tagger = new PartOfSpeech();

    /** @return the article's sentences and their tokens */
    public AnnotatedText analyze(Article article) {
        List<Sentence> sentences = splitter.split(article);
        List<List<Token>> tokens = sentences.stream().map(s -> tagger.tag(tokenizer.tokenize(s))).toList();
        return new AnnotatedText(article, sentences, tokens);
    }
}
