package org.newskg.train;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newskg.error.NewsKgException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains OpenNLP's maximum-entropy name finder on name samples and scores it per type on held-out ones. The
 * training is deterministic: the same samples and parameters give the same model.
 */
public final class NameTrainer {
    /** Precision, recall and F1 of one type on one test set. */
    public record Score(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
        }
    }

    private final String algorithm;
    private final int iterations;
    private final int cutoff;

    /**
     * @param iterations training iterations of the maximum-entropy trainer
     * @param cutoff     features seen fewer times than this are left out (a smaller model)
     * @param algorithm  OpenNLP's trainer: {@code MAXENT} or {@code PERCEPTRON}
     */
    public NameTrainer(int iterations, int cutoff, String algorithm) {
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    /** A model of every type the samples mark. */
    public TokenNameFinderModel train(List<NameSample> samples) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        try {
            return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                    new TokenNameFinderFactory());
        } catch (IOException e) {
            throw new NewsKgException("cannot train the name finder: " + e.getMessage(), e);
        }
    }

    /** Exact-span scores per type ("person", "organization", "product") and over all types ("all"). */
    public static Map<String, Score> evaluate(TokenNameFinderModel model, List<NameSample> test) {
        NameFinderME finder = new NameFinderME(model);
        Map<String, Score> out = new TreeMap<>();
        for (NameSample s : test) {
            Set<String> gold = keys(s.getNames());
            Set<String> found = keys(finder.find(s.getSentence()));
            finder.clearAdaptiveData();
            Set<String> types = new HashSet<>();
            gold.forEach(k -> types.add(k.substring(k.lastIndexOf(' ') + 1)));
            found.forEach(k -> types.add(k.substring(k.lastIndexOf(' ') + 1)));
            for (String t : types) {
                int tp = 0, p = 0, g = 0;
                for (String k : found) if (k.endsWith(" " + t)) {
                    p++;
                    if (gold.contains(k)) tp++;
                }
                for (String k : gold) if (k.endsWith(" " + t)) g++;
                Score sc = new Score(tp, p, g);
                out.merge(t, sc, Score::plus);
                out.merge("all", sc, Score::plus);
            }
        }
        return out;
    }

    private static Set<String> keys(Span[] spans) {
        Set<String> out = new HashSet<>();
        for (Span s : spans) out.add(s.getStart() + " " + s.getEnd() + " " + s.getType());
        return out;
    }

    /** All training samples of the splits, in order. */
    public static List<NameSample> trainingSamples(List<NameCorpora.Split> splits) {
        List<NameSample> all = new ArrayList<>();
        for (NameCorpora.Split s : splits) all.addAll(s.train());
        return all;
    }
}
