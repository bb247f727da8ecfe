package org.newskg.train;

import org.newskg.encode.Classifier;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fits a {@link Classifier} to labelled feature vectors: the features are standardized, then a network of one hidden
 * layer of rectified units (or, with none, a logistic model) is trained by AdaGrad over shuffled batches with L2
 * regularization. The seed fixes the shuffling and the first weights: the same examples give the same model.
 */
public final class SoftmaxTrainer {
    private static final int BATCH = 16;
    private static final double RATE = 0.02, L2 = 1e-4;
    private final List<String> classes;
    private final int width;
    private final int hiddenUnits;
    private final int epochs;
    private final long seed;

    /** One example: its features and its class's index. */
    public record Example(float[] features, int label) {
    }

    /**
     * @param classes     the classes, in the model's order
     * @param width       the number of features
     * @param hiddenUnits the hidden layer's width (0: a logistic model)
     * @param epochs      passes over the examples
     * @param seed        the shuffling seed
     */
    public SoftmaxTrainer(List<String> classes, int width, int hiddenUnits, int epochs, long seed) {
        this.classes = List.copyOf(classes);
        this.width = width;
        this.hiddenUnits = hiddenUnits;
        this.epochs = epochs;
        this.seed = seed;
    }

    /** A model fitted to the examples. */
    public Classifier train(List<Example> examples) {
        int classes = this.classes.size();
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
        Classifier model = new Classifier(this.classes, mean, scale, h, w);
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
}
