package org.newskg.text;

import org.junit.jupiter.api.Test;
import org.newskg.TestData;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.train.PosTrainer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled part-of-speech model on an invented sentence, and its accuracy on GUM's held-out documents. */
class PartOfSpeechTest {
    @Test
    void everyTokenOfAnAnalyzedArticleCarriesItsTag() {
        String s = "Globex sold 30,154 new vehicles in October, and analysts expect more.";
        Article a = new Article(s, List.of(new Block(new Span(0, s.length()), BlockKind.PARAGRAPH)), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("en"));
        var text = new TextAnalyzer().analyze(a);
        String tagged = text.tokens(0).stream().map(t -> t.text() + "/" + t.pos()).collect(Collectors.joining(" "));
        List<Token> toks = text.tokens(0);
        assertEquals("CD", toks.get(2).pos(), tagged);
        assertEquals("JJ", toks.get(3).pos(), tagged);
        assertEquals("NNS", toks.get(4).pos(), tagged);
        assertEquals("VBD", toks.get(1).pos(), tagged);
        assertTrue(toks.get(0).noun() && toks.get(6).noun(), tagged);
    }

    @Test
    void theTaggerTrainedOnGumTagsAtLeastNineInTenHeldOutWordsRight() {
        var split = PosTrainer.gum(TestData.requireShared("corpora/training"));
        assertTrue(split.test().size() > 300, "held-out sentences: " + split.test().size());
        var model = new PosTrainer(20, 0).train(split.train());
        double accuracy = PosTrainer.accuracy(model, split.test());
        assertTrue(accuracy > 0.90, "accuracy " + accuracy);
    }
}
