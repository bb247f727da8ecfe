package org.newskg.cli;

import org.newskg.error.InvalidArgumentException;
import org.newskg.error.NewsKgException;
import org.newskg.train.NameCorpora;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Trains newskg's statistical components on the annotated corpora. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train statistical components on annotated corpora.",
        subcommands = {TrainCommand.Names.class, TrainCommand.Pos.class})
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
