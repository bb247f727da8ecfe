package org.newskg.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.newskg.error.NewsKgException;
import org.newskg.lang.Language;
import org.newskg.model.Token;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags tokens with their part of speech (Penn Treebank tags: NNP, NNS, JJ, CD, VBD …) by the OpenNLP model of the
 * language pack ({@code text/pos-gum.bin}, trained on GUM by {@code newskg train pos}). The model is read once; each
 * thread tags with a tagger of its own, since OpenNLP's tagger keeps state between calls.
 */
public final class PartOfSpeech {
    private static final POSModel MODEL = load();
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(MODEL, POSTagFormat.PENN));

    private static POSModel load() {
        try (InputStream in = Language.english().open("text/pos-gum.bin")) {
            return new POSModel(in);
        } catch (IOException e) {
            throw new NewsKgException("cannot read the part-of-speech model: " + e.getMessage(), e);
        }
    }

    /** @return the tokens of one sentence, each with its tag */
    public List<Token> tag(List<Token> sentence) {
        if (sentence.isEmpty()) return sentence;
        String[] words = new String[sentence.size()];
        for (int i = 0; i < words.length; i++) words[i] = normal(sentence.get(i).text());
        String[] tags = TAGGER.get().tag(words);
        List<Token> out = new ArrayList<>(sentence.size());
        for (int i = 0; i < words.length; i++) out.add(sentence.get(i).withPos(tags[i]));
        return out;
    }

    /** Typographic quotes as the training text writes them. */
    private static String normal(String word) {
        return word.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }
}
