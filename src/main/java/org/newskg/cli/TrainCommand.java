package org.newskg.cli;

import org.newskg.error.InvalidArgumentException;
import org.newskg.error.NewsKgException;
import org.newskg.encode.Classifier;
import org.newskg.text.Lexicons;
import org.newskg.train.DealSentenceTrainer;
import org.newskg.train.MeantimeSpans;
import org.newskg.train.NameCorpora;
import org.newskg.train.SpanFrames;
import org.newskg.train.SpanTyperTrainer;
import org.newskg.train.WrittenNames;
import org.newskg.train.NameTrainer;
import org.newskg.train.PosTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Trains newskg's statistical components on the annotated corpora. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train statistical components on annotated corpora.",
        subcommands = {TrainCommand.Names.class, TrainCommand.Spans.class, TrainCommand.Pos.class, TrainCommand.Deals.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "names", mixinStandardHelpOptions = true,
            description = "Train the name tagger (person, organization, product) on the CC BY and MIT corpora of a "
                    + "training folder (../shared/corpora/training) and print its scores on each corpus's held-out part.")
    static final class Names implements Callable<Integer> {
        @Mixin
        TrainingFiles files;
        @Option(names = "--iterations", defaultValue = "300", description = "Training iterations (default: ${DEFAULT-VALUE}).")
        int iterations;
        @Option(names = "--cutoff", defaultValue = "0", description = "Leave out features seen fewer times (default: ${DEFAULT-VALUE}).")
        int cutoff;
        /** OpenNLP's trainers. */
        enum Algorithm { PERCEPTRON, MAXENT }

        @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "PERCEPTRON or MAXENT (default: ${DEFAULT-VALUE}).")
        Algorithm algorithm;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path training = files.training("ner");
            PrintWriter w = spec.commandLine().getOut();
            List<NameCorpora.Split> splits = NameCorpora.standard(training);
            var model = new NameTrainer(iterations, cutoff, algorithm.name()).train(NameTrainer.trainingSamples(splits));
            files.save(model::serialize);
            w.printf("%-12s %6s %6s  %-14s %5s %5s %5s %5s%n", "corpus", "train", "test", "type", "P", "R", "F1", "gold");
            for (NameCorpora.Split s : splits) {
                for (Map.Entry<String, NameTrainer.Score> e : NameTrainer.evaluate(model, s.test()).entrySet()) {
                    NameTrainer.Score sc = e.getValue();
                    w.printf("%-12s %6d %6d  %-14s %5.2f %5.2f %5.2f %5d%n", s.name(), s.train().size(), s.test().size(),
                            e.getKey(), sc.precision(), sc.recall(), sc.f1(), sc.gold());
                }
            }
            w.printf("model written to %s%n", files.out);
            w.flush();
            return 0;
        }
    }

    @Command(name = "spans", mixinStandardHelpOptions = true,
            description = "Train the span typer (person, organization, product, place or none, over the bundled encoder's "
                    + "vectors) on the CC BY and MIT corpora of a training folder (../shared/corpora/training) and print "
                    + "its accuracy on each corpus's held-out names, and on the gold names of --check.")
    static final class Spans implements Callable<Integer> {
        @Mixin
        TrainingFiles files;
        @Option(names = "--epochs", defaultValue = "8", description = "Passes over the examples (default: ${DEFAULT-VALUE}).")
        int epochs;
        @Option(names = "--seed", defaultValue = "20261206", description = "The shuffling seed (default: ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--check", paramLabel = "DIR", description = "A folder of MEANTIME articles (JSON with gold entities) to check on.")
        Path check;
        @Option(names = "--evaluate", paramLabel = "MODEL", description = "Train nothing: print the scores of this model (--out is then ignored).")
        Path evaluate;
        @Option(names = "--hidden", defaultValue = "256", description = "Hidden units (0: a logistic model; default: ${DEFAULT-VALUE}).")
        int hidden;
        @Option(names = "--frames", defaultValue = "60", description = "Made-up sentences per frame of train/span-frames.txt (default: ${DEFAULT-VALUE}).")
        int frames;
        @Option(names = "--exclude", paramLabel = "DIR", description = "A folder whose files' names the made-up sentences must not use "
                + "(the evaluation articles); repeatable.")
        List<Path> exclude = new ArrayList<>();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path training = files.training("ner");
            PrintWriter w = spec.commandLine().getOut();
            SpanTyperTrainer trainer = new SpanTyperTrainer(Lexicons.standard(), epochs, seed, hidden);
            List<NameCorpora.Split> splits = NameCorpora.standard(training, NameCorpora.TYPER_TYPES);
            Classifier model;
            if (evaluate != null) {
                try (java.io.InputStream in = Files.newInputStream(evaluate)) {
                    model = Classifier.read(in);
                } catch (IOException e) {
                    throw new InvalidArgumentException("cannot read " + evaluate + ": " + e.getMessage());
                }
            } else {
                List<org.newskg.train.SoftmaxTrainer.Example> train = new ArrayList<>();
                for (NameCorpora.Split s : splits) train.addAll(trainer.examples(s.train(), true));
                if (frames > 0) train.addAll(trainer.examples(SpanFrames.sentences(frames, seed, new WrittenNames(exclude).absent()), false));
                w.printf("%d training spans%n", train.size());
                w.flush();
                model = trainer.train(train);
                files.save(model::write);
            }
            w.printf("%-12s %7s %7s", "corpus", "spans", "all");
            for (String c : SpanTyperTrainer.CLASSES) w.printf(" %12s", c);
            w.println();
            for (NameCorpora.Split s : splits) print(w, s.name(), SpanTyperTrainer.accuracy(model, trainer.examples(s.test(), false)));
            if (check != null) print(w, check.getFileName().toString(), SpanTyperTrainer.accuracy(model, trainer.examples(MeantimeSpans.read(check), false)));
            if (evaluate == null) w.printf("model written to %s%n", files.out);
            w.flush();
            return 0;
        }

        private static void print(PrintWriter w, String name, SpanTyperTrainer.Accuracy a) {
            int all = a.byClass().values().stream().mapToInt(c -> c[1]).sum();
            w.printf("%-12s %7d %7.3f", name, all, a.overall());
            for (String c : SpanTyperTrainer.CLASSES) {
                int[] n = a.byClass().get(c);
                w.printf(" %12s", n == null ? "-" : String.format(Locale.ROOT, "%.3f/%d", (double) n[0] / n[1], n[1]));
            }
            w.println();
            w.flush();
        }
    }

    @Command(name = "pos", mixinStandardHelpOptions = true,
            description = "Train the part-of-speech tagger on GUM's CC BY documents of a training folder "
                    + "(../shared/corpora/training) and print its accuracy on the documents held out.")
    static final class Pos implements Callable<Integer> {
        @Mixin
        TrainingFiles files;
        @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
        int iterations;
        @Option(names = "--cutoff", defaultValue = "0", description = "Leave out features seen fewer times (default: ${DEFAULT-VALUE}).")
        int cutoff;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path training = files.training("gum/cc-by");
            PrintWriter w = spec.commandLine().getOut();
            PosTrainer.Split split = PosTrainer.gum(training);
            var model = new PosTrainer(iterations, cutoff).train(split.train());
            files.save(model::serialize);
            w.printf("gum  train %d sentences  held out %d  accuracy %.4f%n", split.train().size(), split.test().size(),
                    PosTrainer.accuracy(model, split.test()));
            w.printf("model written to %s%n", files.out);
            w.flush();
            return 0;
        }
    }

    @Command(name = "deals", mixinStandardHelpOptions = true,
            description = "Train the deal-sentence detector on the invented sentences of train/deal-sentences.tsv and GUM's "
                    + "CC BY news and interviews of a training folder (../shared/corpora/training), and print its "
                    + "recall and precision per class on the frames and documents held out.")
    static final class Deals implements Callable<Integer> {
        @Mixin
        TrainingFiles files;
        @Option(names = "--epochs", defaultValue = "30", description = "Passes over the examples (default: ${DEFAULT-VALUE}).")
        int epochs;
        @Option(names = "--hidden", defaultValue = "64", description = "Hidden units (0: a logistic model; default: ${DEFAULT-VALUE}).")
        int hidden;
        @Option(names = "--per-frame", defaultValue = "6", description = "Sentences made from each frame (default: ${DEFAULT-VALUE}).")
        int perFrame;
        @Option(names = "--seed", defaultValue = "20261207", description = "The seed (default: ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--check", paramLabel = "TABLE", description = "A table of hand-labelled sentences (deal or none, "
                + "origin, sentence) to score the detector on; repeatable.")
        List<Path> check = new ArrayList<>();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path training = files.training("gum/cc-by");
            PrintWriter w = spec.commandLine().getOut();
            DealSentenceTrainer trainer = new DealSentenceTrainer(seed);
            DealSentenceTrainer.Split split = trainer.examples(perFrame, training.resolve("gum/cc-by"));
            w.printf("%d training sentences, %d held out%n", split.train().size(), split.test().size());
            w.flush();
            Classifier model = trainer.train(split.train(), hidden, epochs);
            files.save(model::write);
            w.printf("%-13s %6s %6s %6s%n", "class", "held", "R", "P");
            int right = 0, all = 0;
            for (Map.Entry<String, int[]> e : trainer.score(model, split.test()).entrySet()) {
                int[] c = e.getValue();
                if (!e.getKey().equals(DealSentenceTrainer.ANY)) {
                    right += c[0];
                    all += c[1];
                }
                w.printf("%-13s %6d %6.3f %6.3f%n", e.getKey(), c[1], c[1] == 0 ? 0 : (double) c[0] / c[1], c[2] == 0 ? 0 : (double) c[3] / c[2]);
            }
            w.printf("%-13s %6d %6.3f%n", "all", all, all == 0 ? 0 : (double) right / all);
            for (Path t : check) {
                int[] c = DealSentenceTrainer.binary(model, DealSentenceTrainer.labelled(t));
                w.printf("%s: %d deal sentences, %d without; deal R %.3f P %.3f; false positives %d of %d (%.3f)%n", t.getFileName(),
                        c[2], c[3], c[2] == 0 ? 0 : (double) c[0] / c[2], c[1] == 0 ? 0 : (double) c[0] / c[1], c[1] - c[0], c[3],
                        c[3] == 0 ? 0 : (double) (c[1] - c[0]) / c[3]);
            }
            w.printf("model written to %s%n", files.out);
            w.flush();
            return 0;
        }
    }

    /** The training folder and the model file of a {@code train} command. */
    static final class TrainingFiles {
        @Option(names = "--training", required = true, paramLabel = "DIR", description = "The training corpora folder.")
        Path training;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (an OpenNLP model file).")
        Path out;

        /** A model's writer. */
        interface Serializer {
            void write(OutputStream out) throws IOException;
        }

        /** The training folder, refused unless it holds {@code inside}. */
        Path training(String inside) {
            if (!Files.isDirectory(training.resolve(inside))) {
                throw new InvalidArgumentException(training + ": not a training folder (it has no " + inside + "/ folder)");
            }
            return training;
        }

        void save(Serializer model) {
            try (OutputStream o = Files.newOutputStream(out)) {
                model.write(o);
            } catch (IOException e) {
                throw new NewsKgException("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
    }
}
