package org.newskg.mention;

import org.junit.jupiter.api.Test;
import org.newskg.encode.Classifier;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Span;
import org.newskg.text.Lexicons;
import org.newskg.text.TextAnalyzer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The span typer over the rules' names, on invented sentences with made-up names. */
class TypedMentionRecognizerTest {
    private static final TypedMentionRecognizer TYPED = new TypedMentionRecognizer(Lexicons.standard());

    private static List<Mention> recognize(String text) {
        Article a = new Article(text, List.of(new Block(new Span(0, text.length()), BlockKind.PARAGRAPH)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("en"));
        return TYPED.recognize(new TextAnalyzer().analyze(a));
    }

    /** The most confident type of the mention written so. */
    private static EntityType typeOf(List<Mention> ms, String surface) {
        return ms.stream().filter(m -> m.surface().equals(surface)).max(Comparator.comparingDouble(Mention::confidence))
                .map(Mention::type).orElseThrow(() -> new AssertionError(surface + " not found in " + ms));
    }

    @Test
    void namesWithoutCuesAreTypedByTheirContext() {
        List<Mention> ms = recognize("Shares of Dravenport fell sharply on Monday. Orlena Vasquez-Thorne told analysts that "
                + "sales would recover.");
        assertEquals(EntityType.ORGANIZATION, typeOf(ms, "Dravenport"));
        assertEquals(EntityType.PERSON, typeOf(ms, "Orlena Vasquez-Thorne"));
    }

    @Test
    void everyConfidenceIsOnTheOneScale() {
        List<Mention> ms = recognize("Quorvex Labs said its Flintpad tablet would go on sale in March, chief executive "
                + "Marit Olderhaug said.");
        assertTrue(ms.stream().allMatch(m -> m.confidence() > 0 && m.confidence() <= 1), ms.toString());
        assertEquals(EntityType.ORGANIZATION, typeOf(ms, "Quorvex Labs"));
        assertEquals(EntityType.PERSON, typeOf(ms, "Marit Olderhaug"));
    }

    @Test
    void theModelReadsBackAsWritten() throws IOException {
        Classifier m = TypedMentionRecognizer.bundledModel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        Classifier back = Classifier.read(new ByteArrayInputStream(out.toByteArray()));
        float[] f = new float[SpanFeatures.WIDTH];
        for (int x = 0; x < f.length; x++) f[x] = (float) Math.sin(x);
        double[] p = m.probabilities(f), q = back.probabilities(f);
        for (int c = 0; c < p.length; c++) assertEquals(p[c], q[c], 1e-6);
        assertEquals(m.classes(), back.classes());
        assertArrayEquals(m.mean(), back.mean());
    }
}
