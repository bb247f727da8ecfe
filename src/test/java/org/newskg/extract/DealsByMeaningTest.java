package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.encode.Classifier;
import org.newskg.encode.Encoder;
import org.newskg.lang.Language;
import org.newskg.mention.ContextMentionRecognizer;
import org.newskg.mention.TimeRecognizer;
import org.newskg.model.AnnotatedText;
import org.newskg.model.Deal;
import org.newskg.model.Extraction;
import org.newskg.model.Mention;
import org.newskg.read.ArticleInput;
import org.newskg.resolve.VotingEntityResolver;
import org.newskg.text.Lexicons;
import org.newskg.text.TextAnalyzer;
import org.newskg.train.DealSentenceTrainer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deal-sentence detector, on sentences of real news labelled by hand, and the check it makes of triggers' deals. */
class DealsByMeaningTest {
    private static final String ARTICLE = "Orbital Freight agrees deal\n\nMarch 3, 2026\n\n"
            + "Orbital Freight agreed to acquire Pellucid Labs for $2 billion on Monday. "
            + "Brightline Motors signed an agreement with Ferrowave Systems to supply batteries.\n";

    /** The article through the stages before the deals, and the triggers' deals. */
    private static ExtractionInput withTriggerDeals() {
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
        AnnotatedText text = new TextAnalyzer().analyze(kg.read(new ArticleInput(ARTICLE.getBytes(StandardCharsets.UTF_8), "test", Optional.empty())));
        List<Mention> mentions = new ContextMentionRecognizer(Lexicons.standard()).recognize(text);
        ExtractionInput in = ExtractionInput.of(text, new EntityIndex(new VotingEntityResolver().resolve(text, mentions)),
                new TimeRecognizer().recognize(text));
        in = in.withRoles(new RelationExtractor(Lexicons.standard()).extract(in).roles());
        return in.withDeals(new DealExtractor().extract(in));
    }

    /** A detector that gives class {@code label} to every sentence, with certainty. */
    private static DealSentences always(String label) {
        List<String> classes = Language.english().rows("extract/deal-kinds").stream().map(r -> r.get(0)).toList();
        float[][] weights = new float[classes.size()][Encoder.DIM + 1];
        weights[classes.indexOf(label)][Encoder.DIM] = 20f;
        float[] ones = new float[Encoder.DIM];
        java.util.Arrays.fill(ones, 1f);
        return new DealSentences(new Classifier(classes, new float[Encoder.DIM], ones, new float[0][], weights), Encoder.bundled(), Language.english());
    }

    @Test
    void aDealIsDroppedOnlyWhenTheDetectorIsSureItsSentencesReportNone() {
        ExtractionInput in = withTriggerDeals();
        assertEquals(2, in.deals().size(), in.deals().toString());
        assertEquals(List.of(), new DealsByMeaning(() -> always("none")).extract(in));
        assertEquals(in.deals(), new DealsByMeaning(() -> always("acquisition")).extract(in));
    }

    @Test
    void theBundledDetectorKeepsTheDealsOfPlainDealSentences() {
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).dealsByMeaning(true).build();
        Extraction x = kg.process(new ArticleInput(ARTICLE.getBytes(StandardCharsets.UTF_8), "test", Optional.empty()));
        assertEquals(withTriggerDeals().deals(), x.deals());
    }

    @Test
    void everyClassOfTheBundledDetectorIsRecordedAsAKindOrAsNone() {
        List<String> listed = Language.english().rows("extract/deal-kinds").stream().map(r -> r.get(0)).toList();
        DealSentences d = DealSentences.bundled();
        DealSentences.Detection none = d.detect(List.of(List.of("The", "weather", "was", "fine", "."))).get(0);
        assertTrue(none.kind().isEmpty(), none.toString());
        assertFalse(listed.isEmpty());
    }

    /**
     * 200 sentences of meantime-dev (Wikinews) drawn at random and labelled by hand, 24 of them deals: the detector
     * finds 8 (0.333) and takes 2 of the 176 others for a deal, as its README reports; a model that does worse on
     * either fails.
     */
    @Test
    void onHandLabelledNewsSentencesItFindsAThirdOfTheDealsWithAlmostNoFalseAlarm() {
        List<DealSentenceTrainer.Labelled> sentences = DealSentenceTrainer.labelled(Path.of("src/test/resources/deals/meantime-dev-sentences.tsv"));
        DealSentences d = DealSentences.bundled();
        List<DealSentences.Detection> found = d.detect(sentences.stream().map(DealSentenceTrainer.Labelled::words).toList());
        int deals = 0, right = 0, falseAlarms = 0;
        for (int k = 0; k < sentences.size(); k++) {
            boolean gold = sentences.get(k).label().equals("deal");
            boolean said = found.get(k).kind().isPresent();
            deals += gold ? 1 : 0;
            right += gold && said ? 1 : 0;
            falseAlarms += !gold && said ? 1 : 0;
        }
        assertEquals(24, deals);
        assertTrue(right >= 8, right + " of 24 deal sentences found");
        assertTrue(falseAlarms <= 2, falseAlarms + " false alarms of 176");
    }
}
