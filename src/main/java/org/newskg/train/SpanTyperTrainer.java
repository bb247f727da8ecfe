package org.newskg.train;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.newskg.encode.Encoder;
import org.newskg.mention.SpanFeatures;
import org.newskg.mention.SpanTypeModel;
import org.newskg.text.Lexicons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the span typer: a small neural network (or a logistic model) that decides whether a span of capitalized words names a
 * person, an organization, a product, a place or nothing of these, from {@link SpanFeatures}. The examples of a
 * corpus are its annotated names (of a kind outside the four: {@code none}) and the runs of capitalized words it
 * leaves unannotated ({@code none}). Training is AdaGrad over shuffled batches with a fixed seed: the same corpora
 * give the same model.
 */
public final class SpanTyperTrainer {
    /** The typer's classes, in the model's order. */
    public static final List<String> CLASSES = classes();

    private static List<String> classes() {
        try (java.io.InputStream in = SpanTyperTrainer.class.getResourceAsStream("/org/newskg/train/span-classes.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the span typer's classes", e);
        }
    }
    private static final int CHUNK = 512;
    private final SpanFeatures features;
    private final Lexicons lex;
    private static final int BATCH = 16;
    private static final double RATE = 0.02, L2 = 1e-4;
    private final int epochs;
    private final long seed;
    private final int hiddenUnits;

    /** One span to type: its features and its class's index. */
    public record Example(float[] features, int label) {
    }

    /** Per class: how many spans of it there were and how many were typed so. */
    public record Accuracy(Map<String, int[]> byClass) {
        public double overall() {
            int right = 0, all = 0;
            for (int[] c : byClass.values()) {
                right += c[0];
                all += c[1];
            }
            return all == 0 ? 0 : (double) right / all;
        }
    }

    /** @param hiddenUnits the hidden layer's width (0: a logistic model) */
    public SpanTyperTrainer(Lexicons lex, int epochs, long seed, int hiddenUnits) {
        this.lex = lex;
        this.hiddenUnits = hiddenUnits;
        this.features = new SpanFeatures(lex);
        this.epochs = epochs;
        this.seed = seed;
    }

    /** The examples of annotated sentences: every name, and (with {@code negatives}) every unannotated capitalized run. */
    public List<Example> examples(List<NameSample> samples, boolean negatives) {
        List<Example> out = new ArrayList<>();
        for (int from = 0; from < samples.size(); from += CHUNK) {
            List<NameSample> chunk = samples.subList(from, Math.min(samples.size(), from + CHUNK));
            List<List<String>> sentences = chunk.stream().map(s -> List.of(s.getSentence())).toList();
            List<Encoder.Encoded> enc = Encoder.bundled().encode(sentences);
            for (int k = 0; k < chunk.size(); k++) {
                List<String> words = sentences.get(k);
                for (Span n : chunk.get(k).getNames()) {
                    out.add(new Example(features.of(words, enc.get(k), n.getStart(), n.getEnd()), label(n.getType())));
                }
                if (!negatives) continue;
                for (int[] run : capitalizedRuns(words)) {
                    boolean touches = Arrays.stream(chunk.get(k).getNames()).anyMatch(n -> n.getStart() < run[1] && run[0] < n.getEnd());
                    if (!touches) out.add(new Example(features.of(words, enc.get(k), run[0], run[1]), CLASSES.indexOf("none")));
                }
            }
        }
        return out;
    }

    private static int label(String type) {
        int c = CLASSES.indexOf(type);
        return c < 0 ? CLASSES.indexOf("none") : c;
    }

    /** The longest runs of capitalized words that are not all function words ("The", "In"). */
    List<int[]> capitalizedRuns(List<String> words) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!capitalized(words.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < words.size() && capitalized(words.get(j))) j++;
            boolean content = false;
            for (int k = i; k < j; k++) content |= !lex.functionWords().contains(words.get(k).toLowerCase(java.util.Locale.ROOT));
            if (content) runs.add(new int[]{i, j});
            i = j;
        }
        return runs;
    }

    private static boolean capitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** A model fitted to the examples. */
    public SpanTypeModel train(List<Example> examples) {
        int width = SpanFeatures.WIDTH, classes = CLASSES.size();
        float[] mean = new float[width], scale = new float[width];
        for (Example e : examples) for (int x = 0; x < width; x++) mean[x] += e.features()[x] / examples.size();
        for (Example e : examples) {
            for (int x = 0; x < width; x++) {
                float d = e.features()[x] - mean[x];
                scale[x] += d * d / examples.size();
            }
        }
        for (int x = 0; x < width; x++) scale[x] = scale[x] > 1e-12 ? (float) Math.sqrt(scale[x]) : 1f;
        Random random = new Random(seed);
        int in = hiddenUnits > 0 ? hiddenUnits : width;
        float[][] h = new float[hiddenUnits][width + 1];
        for (float[] r : h) for (int x = 0; x < width; x++) r[x] = (float) (random.nextGaussian() * Math.sqrt(2.0 / width));
        float[][] w = new float[classes][in + 1];
        if (hiddenUnits > 0) for (float[] r : w) for (int x = 0; x < in; x++) r[x] = (float) (random.nextGaussian() * Math.sqrt(1.0 / in));
        SpanTypeModel model = new SpanTypeModel(CLASSES, mean, scale, h, w);
        List<float[]> z = examples.stream().map(e -> model.standardize(e.features())).toList();
        Layer top = new Layer(w), low = new Layer(h);
        Integer[] order = new Integer[examples.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(Arrays.asList(order), random);
            for (int b = 0; b < order.length; b += BATCH) {
                for (int q = b; q < Math.min(order.length, b + BATCH); q++) {
                    int k = order[q];
                    float[] f = z.get(k);
                    float[] hid = model.hiddenOf(f);
                    double[] p = model.softmaxOf(hid);
                    double[] err = new double[classes];
                    for (int c = 0; c < classes; c++) err[c] = p[c] - (c == examples.get(k).label() ? 1 : 0);
                    top.accumulate(err, hid);
                    if (hiddenUnits == 0) continue;
                    double[] back = new double[hiddenUnits];
                    for (int u = 0; u < hiddenUnits; u++) {
                        if (hid[u] <= 0) continue;
                        double g = 0;
                        for (int c = 0; c < classes; c++) g += err[c] * w[c][u];
                        back[u] = g;
                    }
                    low.accumulate(back, f);
                }
                top.step(RATE, L2);
                if (hiddenUnits > 0) low.step(RATE, L2);
            }
        }
        return model;
    }

    /** A layer's weights, the gradient of a batch and AdaGrad's sums of squared gradients. */
    private static final class Layer {
        final float[][] w;
        final float[][] grad;
        final float[][] squares;
        final boolean[] touched;

        Layer(float[][] w) {
            this.w = w;
            this.grad = new float[w.length][w.length == 0 ? 0 : w[0].length];
            this.squares = new float[w.length][w.length == 0 ? 0 : w[0].length];
            this.touched = new boolean[w.length];
        }

        void accumulate(double[] err, float[] in) {
            for (int r = 0; r < w.length; r++) {
                if (err[r] == 0) continue;
                touched[r] = true;
                float e = (float) err[r];
                float[] g = grad[r];
                for (int x = 0; x < in.length; x++) g[x] += e * in[x];
                g[in.length] += e;
            }
        }

        void step(double rate, double l2) {
            for (int r = 0; r < w.length; r++) {
                if (!touched[r]) continue;
                touched[r] = false;
                float[] wr = w[r], g = grad[r], s = squares[r];
                for (int x = 0; x < wr.length; x++) {
                    double d = g[x] + (x < wr.length - 1 ? l2 * wr[x] : 0);
                    s[x] += (float) (d * d);
                    wr[x] -= (float) (rate * d / Math.sqrt(s[x] + 1e-8));
                    g[x] = 0;
                }
            }
        }
    }

    /** How the model types the examples. */
    public static Accuracy accuracy(SpanTypeModel model, List<Example> examples) {
        Map<String, int[]> by = new TreeMap<>();
        for (Example e : examples) {
            int[] c = by.computeIfAbsent(CLASSES.get(e.label()), t -> new int[2]);
            if (SpanTypeModel.best(model.probabilities(e.features())) == e.label()) c[0]++;
            c[1]++;
        }
        return new Accuracy(by);
    }
}
