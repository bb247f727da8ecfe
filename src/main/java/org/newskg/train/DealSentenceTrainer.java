package org.newskg.train;

import org.newskg.encode.Classifier;
import org.newskg.encode.Encoder;
import org.newskg.error.NewsKgException;
import org.newskg.extract.DealSentences;
import org.newskg.lang.Language;
import org.newskg.model.BlockKind;
import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Trains the deal-sentence detector ({@code extract.DealSentences}): a classifier over the encoder's sentence vectors.
 * Its examples are the frames of {@code train/deal-sentences.tsv} (written for newskg) filled with the invented names
 * of {@code train/deal-names.tsv}, and, as sentences that report no deal, the real sentences of GUM's news and
 * interview documents (CC BY), all but the few that {@code train/deal-sentences-excluded.txt} lists (read by hand:
 * the ones that may report a deal). Every fifth frame and every fifth GUM
 * document are held out for the test part. The same seed gives the same examples and the same model.
 */
public final class DealSentenceTrainer {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z$])}");
    private static final String NONE = "none";
    private static final Tokenizer TOKENIZER = new Tokenizer();
    /** The score of deal sentences of any kind against those of none. */
    public static final String ANY = "(any deal)";
    private final List<String> classes;
    private final Map<String, List<String>> fillers;
    private final long seed;

    /** A labelled sentence: its words and its class. */
    public record Labelled(List<String> words, String label) {
    }

    /** The labelled sentences of the training and the test part. */
    public record Split(List<Labelled> train, List<Labelled> test) {
    }

    /** @param seed fixes the fillers and the training */
    public DealSentenceTrainer(long seed) {
        this.seed = seed;
        this.classes = Language.english().rows("extract/deal-kinds").stream().map(r -> r.get(0)).toList();
        this.fillers = fillers();
    }

    /** The detector's classes, in the model's order. */
    public List<String> classes() {
        return classes;
    }

    /** The filled frames, {@code perFrame} sentences from each, and the GUM sentences of folder {@code gum} (may be absent). */
    public Split examples(int perFrame, Path gum) {
        Random random = new Random(seed);
        List<Labelled> train = new ArrayList<>(), test = new ArrayList<>();
        int n = 0;
        for (String line : lines(DealSentenceTrainer.class.getResourceAsStream("/org/newskg/train/deal-sentences.tsv"))) {
            String[] cells = line.split("\t");
            if (cells.length != 2 || !classes.contains(cells[0])) throw new NewsKgException("train/deal-sentences.tsv: bad row: " + line);
            List<Labelled> into = n++ % 5 == 4 ? test : train;
            for (int k = 0; k < perFrame; k++) into.add(new Labelled(words(fill(cells[1], random)), cells[0]));
        }
        if (gum != null) {
            List<String> excluded = lines(DealSentenceTrainer.class.getResourceAsStream("/org/newskg/train/deal-sentences-excluded.txt"));
            int d = 0;
            for (Path doc : documents(gum)) {
                List<Labelled> into = d++ % 5 == 4 ? test : train;
                for (String s : texts(doc)) if (!excluded.contains(s)) into.add(new Labelled(words(s), NONE));
            }
        }
        return new Split(List.copyOf(train), List.copyOf(test));
    }

    /** A model fitted to the sentences. */
    public Classifier train(List<Labelled> sentences, int hidden, int epochs) {
        List<float[]> vectors = vectors(sentences);
        List<SoftmaxTrainer.Example> ex = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) ex.add(new SoftmaxTrainer.Example(vectors.get(k), classes.indexOf(sentences.get(k).label())));
        return new SoftmaxTrainer(classes, Encoder.DIM, hidden, epochs, seed).train(ex);
    }

    /** The encoder's sentence vectors. */
    public static List<float[]> vectors(List<Labelled> sentences) {
        return Encoder.bundled().encode(sentences.stream().map(Labelled::words).toList()).stream().map(Encoder.Encoded::sentence).toList();
    }

    /** Per class: [right, all] of the sentences of the class, and [predicted, right] for precision. */
    public Map<String, int[]> score(Classifier model, List<Labelled> sentences) {
        Map<String, int[]> by = new TreeMap<>();
        List<float[]> vectors = vectors(sentences);
        for (int k = 0; k < sentences.size(); k++) {
            String gold = sentences.get(k).label();
            String said = model.classes().get(Classifier.best(model.probabilities(vectors.get(k))));
            by.computeIfAbsent(gold, c -> new int[4])[1]++;
            by.computeIfAbsent(said, c -> new int[4])[2]++;
            if (said.equals(gold)) {
                by.get(gold)[0]++;
                by.get(gold)[3]++;
            }
            // any deal against none, whatever its kind
            int[] any = by.computeIfAbsent(ANY, c -> new int[4]);
            boolean g = !gold.equals(NONE), d = !said.equals(NONE);
            if (g) any[1]++;
            if (d) any[2]++;
            if (g && d) {
                any[0]++;
                any[3]++;
            }
        }
        return by;
    }

    /** The sentences of a hand-labelled table: label ({@code deal} or {@code none}), origin, sentence. */
    public static List<Labelled> labelled(Path table) {
        List<Labelled> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", 3);
                if (cells.length != 3) throw new NewsKgException(table + ": a row needs 3 columns: " + line);
                out.add(new Labelled(words(cells[2]), cells[0]));
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + table + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Deal or none, whatever the kind, decided as at run time ({@link DealSentences#detect(float[])}): [true
     * positives, predicted deals, gold deals, gold none].
     */
    public static int[] binary(Classifier model, List<Labelled> sentences) {
        int[] c = new int[4];
        DealSentences detector = new DealSentences(model, Encoder.bundled(), Language.english());
        List<float[]> vectors = vectors(sentences);
        for (int k = 0; k < sentences.size(); k++) {
            boolean gold = !sentences.get(k).label().equals(NONE);
            boolean said = detector.detect(vectors.get(k)).kind().isPresent();
            if (gold && said) c[0]++;
            if (said) c[1]++;
            if (gold) c[2]++;
            else c[3]++;
        }
        return c;
    }

    private String fill(String frame, Random random) {
        Matcher m = SLOT.matcher(frame);
        StringBuilder b = new StringBuilder();
        List<String> used = new ArrayList<>();
        while (m.find()) {
            String v;
            do {
                v = filler(m.group(1), random);
            } while (used.contains(v));
            used.add(v);
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        return b.toString();
    }

    private String filler(String slot, Random random) {
        return switch (slot) {
            case "A", "B", "C" -> {
                String stem = pick("stem", random);
                yield random.nextInt(4) == 0 ? stem : stem + " " + pick("suffix", random);
            }
            case "P" -> pick("given", random) + " " + pick("surname", random);
            case "X" -> pick("product", random);
            case "M" -> pick("money", random);
            case "T" -> pick("title", random);
            case "D" -> pick("when", random);
            default -> throw new NewsKgException("train/deal-sentences.tsv: unknown slot {" + slot + "}");
        };
    }

    private String pick(String kind, Random random) {
        List<String> pool = fillers.get(kind);
        return pool.get(random.nextInt(pool.size()));
    }

    private static Map<String, List<String>> fillers() {
        Map<String, List<String>> out = new TreeMap<>();
        for (String line : lines(DealSentenceTrainer.class.getResourceAsStream("/org/newskg/train/deal-names.tsv"))) {
            String[] cells = line.split("\t");
            out.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[1]);
        }
        return out;
    }

    private static List<String> words(String sentence) {
        return TOKENIZER.tokenize(new Sentence(0, new Span(0, sentence.length()), sentence, BlockKind.PARAGRAPH))
                .stream().map(Token::text).toList();
    }

    private static List<Path> documents(Path gum) {
        try (Stream<Path> s = Files.list(gum)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return (f.startsWith("GUM_news_") || f.startsWith("GUM_interview_")) && f.endsWith(".conllu");
            }).sorted().toList();
        } catch (IOException e) {
            throw new NewsKgException("cannot list " + gum + ": " + e.getMessage(), e);
        }
    }

    private static List<String> texts(Path conllu) {
        try {
            return Files.readAllLines(conllu, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("# text = "))
                    .map(l -> l.substring("# text = ".length()).strip()).filter(l -> l.split(" ").length >= 4).toList();
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + conllu + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(InputStream in) {
        if (in == null) throw new NewsKgException("a training table of the deal-sentence detector is not on the class path");
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
        } catch (IOException e) {
            throw new NewsKgException("cannot read a training table: " + e.getMessage(), e);
        }
        return out;
    }
}
