package org.newskg.encode;

import org.newskg.error.NewsKgException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A small learned classifier over a vector of features (the span typer's {@code mention.SpanFeatures}, the deal
 * detector's sentence vectors): the features are standardized (a mean and a scale each), then go through
 * one hidden layer of rectified linear units (a weight per feature and a bias each; none: a logistic model), then a
 * softmax layer with a row of weights and a bias per class. Stored as gzipped text: a header line, the classes, the
 * means, the scales, the number of hidden units and their rows, and one row per class, numbers written with 6
 * significant digits.
 */
public record Classifier(List<String> classes, float[] mean, float[] scale, float[][] hidden, float[][] weights) {
    private static final String HEADER = "# newskg classifier 1";
    /** What the span typer's file, written before the classifier had a name of its own, begins with. */
    private static final String SPAN_TYPER_HEADER = "# newskg span typer 2";

    public Classifier {
        classes = List.copyOf(classes);
    }

    /** The standardized copy of raw features. */
    public float[] standardize(float[] f) {
        float[] z = new float[f.length];
        for (int x = 0; x < f.length; x++) z[x] = (f[x] - mean[x]) / scale[x];
        return z;
    }

    /** The hidden layer's output for standardized features (the features themselves when there is none). */
    public float[] hiddenOf(float[] z) {
        if (hidden.length == 0) return z;
        float[] h = new float[hidden.length];
        for (int u = 0; u < h.length; u++) {
            float[] w = hidden[u];
            double v = w[z.length];
            for (int x = 0; x < z.length; x++) v += w[x] * z[x];
            h[u] = v > 0 ? (float) v : 0f;
        }
        return h;
    }

    /** Each class's probability for standardized features {@code z}. */
    public double[] probabilitiesOf(float[] z) {
        return softmaxOf(hiddenOf(z));
    }

    /** Each class's probability for the hidden layer's output {@code z}. */
    public double[] softmaxOf(float[] z) {
        double[] s = new double[classes.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < s.length; c++) {
            float[] w = weights[c];
            double v = w[z.length];
            for (int x = 0; x < z.length; x++) v += w[x] * z[x];
            s[c] = v;
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < s.length; c++) s[c] /= sum;
        return s;
    }

    /** Each class's probability for raw features. */
    public double[] probabilities(float[] f) {
        return probabilitiesOf(standardize(f));
    }

    /** The index of the most probable class. */
    public static int best(double[] p) {
        int b = 0;
        for (int c = 1; c < p.length; c++) if (p[c] > p[b]) b = c;
        return b;
    }

    public void write(OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
        w.println(HEADER);
        w.println(String.join("\t", classes));
        w.println(row(mean));
        w.println(row(scale));
        w.println(hidden.length);
        for (float[] r : hidden) w.println(row(r));
        for (float[] r : weights) w.println(row(r));
        w.flush();
        w.close();
    }

    private static String row(float[] v) {
        StringBuilder b = new StringBuilder(v.length * 10);
        for (int x = 0; x < v.length; x++) {
            if (x > 0) b.append('\t');
            b.append(String.format(java.util.Locale.ROOT, "%.6g", v[x]));
        }
        return b.toString();
    }

    /** The classifier a language pack bundles as {@code file} ("mention/span-typer.tsv.gz"). */
    public static Classifier read(org.newskg.lang.Language language, String file) {
        try (InputStream in = language.open(file)) {
            return read(in);
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static Classifier read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (!HEADER.equals(header) && !SPAN_TYPER_HEADER.equals(header)) throw new NewsKgException("not a newskg classifier");
            List<String> classes = List.of(r.readLine().split("\t"));
            float[] mean = floats(r.readLine());
            float[] scale = floats(r.readLine());
            int units = Integer.parseInt(r.readLine().strip());
            List<float[]> hidden = new ArrayList<>();
            for (int u = 0; u < units; u++) hidden.add(floats(r.readLine()));
            List<float[]> rows = new ArrayList<>();
            for (int c = 0; c < classes.size(); c++) rows.add(floats(r.readLine()));
            return new Classifier(classes, mean, scale, hidden.toArray(float[][]::new), rows.toArray(float[][]::new));
        } catch (IOException | RuntimeException e) {
            throw new NewsKgException("cannot read the classifier: " + e.getMessage(), e);
        }
    }

    private static float[] floats(String line) {
        String[] cells = line.split("\t");
        float[] v = new float[cells.length];
        for (int x = 0; x < v.length; x++) v[x] = Float.parseFloat(cells[x]);
        return v;
    }
}
