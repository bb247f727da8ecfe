package org.newskg.extract;

import org.newskg.encode.Classifier;
import org.newskg.encode.Encoder;
import org.newskg.error.NewsKgException;
import org.newskg.lang.Language;
import org.newskg.model.DealKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a sentence reports a deal, and of which kind, by its meaning: the bundled encoder's mean-pooled
 * sentence vector read by a small learned classifier ({@code extract/deal-sentences.tsv.gz} of the language pack,
 * made by {@code newskg train deals} from the invented sentences of {@code train/deal-sentences.tsv}). Its classes
 * are finer than the four kinds of deal the graph records; {@code extract/deal-kinds.tsv} maps them. Thread-safe.
 */
public final class DealSentences {
    /**
     * What the detector says of one sentence: its class, the kind of deal it is recorded as (none: no deal), and the
     * probability.
     */
    public record Detection(String label, Optional<DealKind> kind, double probability) {
    }

    private static volatile DealSentences bundled;
    private final Classifier model;
    private final Encoder encoder;
    private final List<Optional<DealKind>> kinds;

    /** @param model a classifier over {@link Encoder#DIM} sentence features whose classes {@code extract/deal-kinds} maps */
    public DealSentences(Classifier model, Encoder encoder, Language language) {
        this.model = model;
        this.encoder = encoder;
        List<Optional<DealKind>> k = new ArrayList<>();
        for (String label : model.classes()) k.add(kindOf(language, label));
        this.kinds = List.copyOf(k);
    }

    /** The bundled detector, loaded on first call. */
    public static DealSentences bundled() {
        DealSentences d = bundled;
        if (d != null) return d;
        synchronized (DealSentences.class) {
            if (bundled == null) {
                bundled = new DealSentences(Classifier.read(Language.english(), "extract/deal-sentences.tsv.gz"),
                        Encoder.bundled(), Language.english());
            }
            return bundled;
        }
    }

    /** What class {@code label} is recorded as (no kind: the class of sentences that report no deal). */
    static Optional<DealKind> kindOf(Language language, String label) {
        for (List<String> row : language.rows("extract/deal-kinds")) {
            if (row.size() != 2) throw new NewsKgException("extract/deal-kinds: a row needs 2 columns: " + row);
            if (!row.get(0).equals(label)) continue;
            return row.get(1).equals("-") ? Optional.empty() : Optional.of(DealKind.valueOf(row.get(1)));
        }
        throw new NewsKgException("extract/deal-kinds: the detector's class " + label + " is not listed");
    }

    /** The detections of sentences given as words, in order. */
    public List<Detection> detect(List<List<String>> sentences) {
        if (sentences.isEmpty()) return List.of();
        List<Detection> out = new ArrayList<>(sentences.size());
        for (Encoder.Encoded e : encoder.encode(sentences)) out.add(detect(e.sentence()));
        return out;
    }

    /**
     * The detection of one sentence vector: the most probable class that reports a deal, and the probability that
     * the sentence reports one of any kind (the class of no deal when that is under a half).
     */
    public Detection detect(float[] sentenceVector) {
        double[] p = model.probabilities(sentenceVector);
        int best = -1, none = -1;
        double deal = 0;
        for (int c = 0; c < p.length; c++) {
            if (kinds.get(c).isEmpty()) {
                none = c;
                continue;
            }
            deal += p[c];
            if (best < 0 || p[c] > p[best]) best = c;
        }
        if (best < 0 || deal < 0.5 && none >= 0) return new Detection(model.classes().get(none), kinds.get(none), 1 - deal);
        return new Detection(model.classes().get(best), kinds.get(best), deal);
    }
}
