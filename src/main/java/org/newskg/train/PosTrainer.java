package org.newskg.train;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.newskg.error.NewsKgException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Trains OpenNLP's part-of-speech tagger on GUM's CC BY documents (Penn Treebank tags, the XPOS column of their
 * CoNLL-U) and scores its token accuracy on the documents held out. Every fifth document, in name order, is held
 * out; the training is deterministic.
 */
public final class PosTrainer {
    /** The documents trained on and the documents held out. */
    public record Split(List<POSSample> train, List<POSSample> test) {
    }

    private final int iterations;
    private final int cutoff;

    /**
     * @param iterations training iterations
     * @param cutoff     features seen fewer times than this are left out (a smaller model)
     */
    public PosTrainer(int iterations, int cutoff) {
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    /** GUM's CC BY documents under {@code training/gum/cc-by}, split into training and held-out documents. */
    public static Split gum(Path training) {
        Path folder = training.resolve("gum/cc-by");
        List<Path> docs;
        try (Stream<Path> s = Files.list(folder)) {
            docs = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
        } catch (IOException e) {
            throw new NewsKgException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        List<POSSample> train = new ArrayList<>(), test = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) (d % 5 == 4 ? test : train).addAll(samples(docs.get(d)));
        return new Split(train, test);
    }

    /** The sentences of one CoNLL-U file, each word with its XPOS tag; multi-word token lines are left out. */
    static List<POSSample> samples(Path file) {
        List<POSSample> out = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
        lines = new ArrayList<>(lines);
        lines.add("");
        for (String line : lines) {
            if (line.startsWith("#")) continue;
            if (line.isBlank()) {
                if (!words.isEmpty()) out.add(new POSSample(words, tags));
                words = new ArrayList<>();
                tags = new ArrayList<>();
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 5 || !cols[0].matches("\\d+")) continue;
            words.add(cols[1]);
            tags.add(cols[4]);
        }
        return out;
    }

    /** A tagger trained on the samples. */
    public POSModel train(List<POSSample> samples) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        try {
            return POSTaggerME.train("en", ObjectStreamUtils.createObjectStream(samples), params, new POSTaggerFactory());
        } catch (IOException e) {
            throw new NewsKgException("cannot train the part-of-speech tagger: " + e.getMessage(), e);
        }
    }

    /** The share of held-out words given their gold tag. */
    public static double accuracy(POSModel model, List<POSSample> test) {
        POSTaggerME tagger = new POSTaggerME(model, POSTagFormat.PENN);
        long right = 0, all = 0;
        for (POSSample s : test) {
            String[] found = tagger.tag(s.getSentence());
            String[] gold = s.getTags();
            for (int i = 0; i < gold.length; i++) {
                all++;
                if (gold[i].equals(found[i])) right++;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }
}
