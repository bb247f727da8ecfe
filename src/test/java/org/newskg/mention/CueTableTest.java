package org.newskg.mention;

import org.junit.jupiter.api.Test;
import org.newskg.lang.Language;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.text.Tokenizer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pack's table of word cues, matched on invented sentences. */
class CueTableTest {
    private static final CueTable CUES = CueTable.load(Language.english(), "mention/cues");

    private static List<Token> tokens(String text) {
        return new Tokenizer().tokenize(new Sentence(0, new Span(0, text.length()), text, BlockKind.PARAGRAPH));
    }

    private static Map<EntityType, Double> score(String text, int i, int n, boolean left) {
        Map<EntityType, Double> w = new EnumMap<>(EntityType.class);
        CUES.score(tokens(text), i, n, left, w);
        return w;
    }

    @Test
    void theEnglishTableHasCuesOnBothSides() {
        assertTrue(CUES.cues().stream().anyMatch(c -> c.before().isEmpty()));
        assertTrue(CUES.cues().stream().anyMatch(c -> c.after().isEmpty()));
    }

    @Test
    void wordsBeforeANameSpeakForItsType() {
        // "The plant was acquired by Globex Industries last year." : Globex at 5, two tokens
        Map<EntityType, Double> w = score("The plant was acquired by Globex Industries last year.", 5, 2, true);
        assertEquals(Weight.GOOD, w.get(EntityType.ORGANIZATION), 1e-9);
        assertFalse(w.containsKey(EntityType.PERSON));
        // the right-side cues are not read when the left side is scored
        assertTrue(score("Forge was released in May.", 0, 1, true).isEmpty());
    }

    @Test
    void wordsAfterANameSpeakForItsTypeAndAPrefixMatches() {
        Map<EntityType, Double> w = score("Forge was released in May.", 0, 1, false);
        assertEquals(Weight.MODERATE, w.get(EntityType.PRODUCT), 1e-9);
        Map<EntityType, Double> partner = score("It signed a partnership with Initech on Monday.", 5, 1, true);
        assertEquals(Weight.MODERATE, partner.get(EntityType.ORGANIZATION), 1e-9);
        // one cue can add to two types
        Map<EntityType, Double> according = score("That is so, according to Initech.", 6, 1, true);
        assertEquals(2, according.size());
    }

    @Test
    void aListReferenceMatchesAnyWordOfThatList() {
        String verb = Language.english().list("mention/join").get(0);
        Map<EntityType, Double> w = score("She will " + verb + " Initech soon.", 3, 1, true);
        assertEquals(Weight.MODERATE, w.get(EntityType.ORGANIZATION), 1e-9);
    }
}
