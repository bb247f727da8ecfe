package org.newskg.mention;

import org.junit.jupiter.api.Test;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;
import org.newskg.text.Tokenizer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each part of the mention engine on tokens made directly from one invented sentence. */
class MentionPartsTest {
    private static final Lexicons LEX = Lexicons.standard();
    private static final TitleFinder TITLES = new TitleFinder(LEX);

    private static Sentence sentence(String text) {
        return new Sentence(0, new Span(0, text.length()), text, BlockKind.PARAGRAPH);
    }

    private static List<Token> tokens(String text) {
        return new Tokenizer().tokenize(sentence(text));
    }

    private static int at(List<Token> toks, String word) {
        for (int k = 0; k < toks.size(); k++) if (toks.get(k).text().equals(word)) return k;
        throw new AssertionError(word + " not among " + toks);
    }

    @Test
    void aSentenceWithAVerbWrittenSmallIsNotAHeadlineHoweverManyNamesItHolds() {
        NameChunker chunker = new NameChunker(LEX, TITLES);
        org.newskg.text.PartOfSpeech pos = new org.newskg.text.PartOfSpeech();
        // four of its five longer words are capitalized, as in a headline; "is" shows it is a sentence
        assertFalse(chunker.isTitleCase(pos.tag(tokens("Jane Roe is the head of the Royal Canadian Mint."))));
        assertTrue(chunker.isTitleCase(pos.tag(tokens("Globex Buys Initech In Record Deal"))));
    }

    @Test
    void aRankBeforeAPersonIsNotPartOfTheName() {
        List<Token> toks = tokens("General Jane Doe visited the plant.");
        NameChunker chunker = new NameChunker(LEX, TITLES);
        assertEquals(at(toks, "Jane"), chunker.personInside(toks, 0, at(toks, "Doe") + 1));
        assertTrue(NameChunker.allRanks(toks, 0, 1));
        assertFalse(NameChunker.allRanks(toks, 0, 2));
    }

    @Test
    void placesAndPeoplesAreNotNames() {
        NonNames rules = new NonNames(LEX, TITLES);
        List<Token> airport = tokens("Flights left Changi Airport late.");
        assertTrue(NonNames.isPlace(airport, at(airport, "Changi"), at(airport, "Airport") + 1));
        List<Token> officials = tokens("Freedonian officials said nothing.");
        assertTrue(rules.peoples(officials, 0, 1));
        List<Token> company = tokens("Globex said nothing.");
        assertFalse(rules.peoples(company, 0, 1));
    }

    @Test
    void aCompanySuffixIsOrganizationEvidenceAndAGivenNamePersonEvidence() {
        ShapeEvidence shapes = new ShapeEvidence(LEX);
        List<Token> org = tokens("Globex Corp said it would grow.");
        Map<EntityType, Double> w = new EnumMap<>(EntityType.class);
        shapes.shape(org, 0, 2, "Globex Corp", w, () -> 0);
        assertTrue(w.getOrDefault(EntityType.ORGANIZATION, 0.0) > w.getOrDefault(EntityType.PERSON, 0.0), w.toString());
        List<Token> person = tokens("Jane Roe said it would grow.");
        Map<EntityType, Double> p = new EnumMap<>(EntityType.class);
        shapes.shape(person, 0, 2, "Jane Roe", p, () -> 0);
        assertTrue(p.getOrDefault(EntityType.PERSON, 0.0) > p.getOrDefault(EntityType.ORGANIZATION, 0.0), p.toString());
    }

    @Test
    void theWordsAroundANameAreTypeEvidence() {
        LeftEvidence left = new LeftEvidence(LEX, new NameChunker(LEX, TITLES));
        String text = "The company bought the startup Initech last year.";
        List<Token> toks = tokens(text);
        Map<EntityType, Double> w = new EnumMap<>(EntityType.class);
        int i = at(toks, "Initech");
        left.leftContext(sentence(text), toks, i, 1, w);
        assertTrue(w.getOrDefault(EntityType.ORGANIZATION, 0.0) > 0, "'the startup X': " + w);

        RightEvidence right = new RightEvidence(LEX, TITLES);
        List<Token> said = tokens("Jane Roe, the chief executive, said sales rose.");
        Map<EntityType, Double> r = new EnumMap<>(EntityType.class);
        right.rightContext(said, 2, 2, false, new NameChunker(LEX, TITLES).titleTokens(said), r);
        assertTrue(r.getOrDefault(EntityType.PERSON, 0.0) > 0, "'X, the chief executive': " + r);
        List<Token> itSaid = tokens("Globex said it would hire more engineers.");
        Map<EntityType, Double> o = new EnumMap<>(EntityType.class);
        right.rightContext(itSaid, 1, 1, false, new NameChunker(LEX, TITLES).titleTokens(itSaid), o);
        assertTrue(o.getOrDefault(EntityType.ORGANIZATION, 0.0) > o.getOrDefault(EntityType.PERSON, 0.0), "'X said it': " + o);
    }
}
