package org.newskg.encode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled encoder on invented sentences: one vector per word, batch-independent, and sensitive to context. */
class EncoderTest {
    private static final Encoder ENCODER = Encoder.bundled();

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    private static double cosine(float[] a, float[] b) {
        double d = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return d / Math.sqrt(na * nb);
    }

    @Test
    void everyWordGetsAVectorAndAnEmptySentenceNone() {
        List<Encoder.Encoded> e = ENCODER.encode(List.of(words("Globex unveiled the Zephyr-9000X tablet ."), List.of()));
        assertEquals(6, e.get(0).words().length);
        for (float[] w : e.get(0).words()) {
            assertEquals(Encoder.DIM, w.length);
            assertTrue(norm(w) > 0.1, "a word of several pieces still gets their mean");
        }
        assertEquals(0, e.get(1).words().length);
        assertEquals(0.0, norm(e.get(1).sentence()), 1e-9);
    }

    @Test
    void aSentenceReadsTheSameAloneAndPaddedInABatch() {
        List<String> shortOne = words("Jane Roe joined Initech .");
        List<String> longOne = words("After a long search the board of the company said on Tuesday that it had chosen a new chief executive from outside .");
        float[][] alone = ENCODER.encode(List.of(shortOne)).get(0).words();
        float[][] batched = ENCODER.encode(List.of(longOne, shortOne)).get(1).words();
        for (int i = 0; i < alone.length; i++) {
            for (int x = 0; x < Encoder.DIM; x++) assertEquals(alone[i][x], batched[i][x], 1e-3);
        }
        assertArrayEquals(alone[0], ENCODER.encode(List.of(shortOne)).get(0).words()[0], "the same input, the same vectors");
    }

    @Test
    void aWordsVectorDependsOnItsSentence() {
        List<Encoder.Encoded> e = ENCODER.encode(List.of(words("Shares of Brightwell fell on Monday ."),
                words("Shares of Brightwell fell on Monday ."), words("Brightwell said she would run for mayor .")));
        float[] company = e.get(0).words()[2], again = e.get(1).words()[2], person = e.get(2).words()[0];
        assertEquals(1.0, cosine(company, again), 1e-6);
        assertTrue(cosine(company, person) < 0.95, "the same word in another sentence reads differently: " + cosine(company, person));
    }

    @Test
    void aSentenceLongerThanAWindowIsReadInPieces() {
        List<String> many = new ArrayList<>(Collections.nCopies(Encoder.WINDOW + 40, "antidisestablishmentarianism"));
        many.add("Globex");
        float[][] w = ENCODER.encode(List.of(many)).get(0).words();
        assertEquals(many.size(), w.length);
        assertTrue(norm(w[w.length - 1]) > 0.1, "the last word, far past the first window, has its vector");
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        return Math.sqrt(s);
    }
}
