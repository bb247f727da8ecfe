package org.newskg.train;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.newskg.encode.Encoder;
import org.newskg.mention.SpanFeatures;
import org.newskg.encode.Classifier;
import org.newskg.text.Lexicons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    private final int epochs;
    private final long seed;
    private final int hiddenUnits;

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
    public List<SoftmaxTrainer.Example> examples(List<NameSample> samples, boolean negatives) {
        List<SoftmaxTrainer.Example> out = new ArrayList<>();
        for (int from = 0; from < samples.size(); from += CHUNK) {
            List<NameSample> chunk = samples.subList(from, Math.min(samples.size(), from + CHUNK));
            List<List<String>> sentences = chunk.stream().map(s -> List.of(s.getSentence())).toList();
            List<Encoder.Encoded> enc = Encoder.bundled().encode(sentences);
            for (int k = 0; k < chunk.size(); k++) {
                List<String> words = sentences.get(k);
                for (Span n : chunk.get(k).getNames()) {
                    out.add(new SoftmaxTrainer.Example(features.of(words, enc.get(k), n.getStart(), n.getEnd()), label(n.getType())));
                }
                if (!negatives) continue;
                for (int[] run : capitalizedRuns(words)) {
                    boolean touches = Arrays.stream(chunk.get(k).getNames()).anyMatch(n -> n.getStart() < run[1] && run[0] < n.getEnd());
                    if (!touches) out.add(new SoftmaxTrainer.Example(features.of(words, enc.get(k), run[0], run[1]), CLASSES.indexOf("none")));
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
    public Classifier train(List<SoftmaxTrainer.Example> examples) {
        return new SoftmaxTrainer(CLASSES, SpanFeatures.WIDTH, hiddenUnits, epochs, seed)
                .train(examples);
    }

    /** How the model types the examples. */
    public static Accuracy accuracy(Classifier model, List<SoftmaxTrainer.Example> examples) {
        Map<String, int[]> by = new TreeMap<>();
        for (SoftmaxTrainer.Example e : examples) {
            int[] c = by.computeIfAbsent(CLASSES.get(e.label()), t -> new int[2]);
            if (Classifier.best(model.probabilities(e.features())) == e.label()) c[0]++;
            c[1]++;
        }
        return new Accuracy(by);
    }
}
