package org.newskg.train;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deal-sentence detector's examples: the written frames filled, split by frame, the same for the same seed. */
class DealSentenceTrainerTest {
    @Test
    void framesAreFilledTheSameWayForTheSameSeedAndSplitByFrame() {
        DealSentenceTrainer.Split a = new DealSentenceTrainer(7).examples(2, null);
        DealSentenceTrainer.Split b = new DealSentenceTrainer(7).examples(2, null);
        DealSentenceTrainer.Split c = new DealSentenceTrainer(8).examples(2, null);
        assertEquals(a, b);
        assertNotEquals(a.train(), c.train());
        int all = a.train().size() + a.test().size();
        assertEquals(all / 5, a.test().size(), 2.0); // every fifth frame, two sentences each
        Set<String> labels = new HashSet<>(new DealSentenceTrainer(7).classes());
        for (DealSentenceTrainer.Labelled l : a.train()) {
            assertTrue(labels.contains(l.label()), l.label());
            assertFalse(String.join(" ", l.words()).contains("{"), "an unfilled slot: " + l.words());
        }
        // a frame's sentences are all on one side: no test sentence's words equal a training sentence's
        Set<List<String>> train = new HashSet<>();
        a.train().forEach(l -> train.add(l.words()));
        assertTrue(a.test().stream().noneMatch(l -> train.contains(l.words())));
    }
}
