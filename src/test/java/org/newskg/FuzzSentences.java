package org.newskg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real sentences to fuzz the pipeline with, and articles recombined from them. The bundled texts are always
 * used; with {@code ../shared} beside the repository, MEANTIME's articles, GUM's
 * sentences, KnowledgeNet's passages and the sentences of the NER corpora join them.
 */
public final class FuzzSentences {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");
    private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}&.'’-]*");
    private static final Pattern JSON_TEXT = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String[] JOINS = {" ", "", ", and ", "; ", " — ", "\n", "\n\n", " (", ") ", " \"", "\" "};

    private FuzzSentences() {
    }

    /**
     * Every sentence found, in a fixed order: news first (the bundled texts, MEANTIME; never the dev cases, whose errors are not to be looked at), then the
     * rest (GUM, KnowledgeNet, the NER corpora).
     */
    public static Pool pool() {
        List<String> out = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources"), Path.of("src/main/resources/examples"))) {
            files(dir, ".txt").forEach(f -> addText(out, read(f)));
        }
        if (TestData.hasShared()) {
            Path shared = TestData.shared();
            files(shared.resolve("corpora/meantime-dev"), ".txt").forEach(f -> addText(out, read(f)));
            files(shared.resolve("corpora/training/gum"), ".conllu").forEach(f -> read(f).lines()
                    .filter(l -> l.startsWith("# text = ")).forEach(l -> rest.add(l.substring(9))));
            Path kn = shared.resolve("corpora/training/relations/knowledgenet_facts_folds1-4.json");
            if (Files.exists(kn)) {
                Matcher m = JSON_TEXT.matcher(read(kn));
                String previous = "";
                while (m.find()) {
                    String s = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
                    if (!s.equals(previous)) rest.add(s);
                    previous = s;
                }
            }
            files(shared.resolve("corpora/training/ner"), "").filter(f -> !f.getFileName().toString().startsWith("README")
                    && !f.getFileName().toString().equals("LICENSE")).forEach(f -> addConll(rest, read(f)));
        }
        return new Pool(out, rest);
    }

    /**
     * Sentences to recombine.
     *
     * @param news  sentences of news articles, in article order
     * @param other sentences of other genres
     */
    public record Pool(List<String> news, List<String> other) {
        public Pool {
            news = List.copyOf(news);
            other = List.copyOf(other);
        }

        /** How many sentences in all. */
        public int size() {
            return news.size() + other.size();
        }
    }

    /**
     * An article of one to three runs of consecutive sentences of the pool (so that "the company" still has a
     * company before it), some sentences cut, some run together, some with names swapped.
     */
    public static String article(Pool sentences, Random random) {
        List<String> picked = new ArrayList<>();
        for (int run = 1 + random.nextInt(3); run > 0; run--) {
            List<String> pool = sentences.other().isEmpty() || random.nextInt(3) > 0 ? sentences.news() : sentences.other();
            int from = random.nextInt(pool.size());
            for (int k = from; k < Math.min(pool.size(), from + 1 + random.nextInt(12)); k++) picked.add(pool.get(k));
        }
        if (random.nextInt(3) == 0) java.util.Collections.shuffle(picked, random);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < picked.size(); i++) {
            String s = picked.get(i);
            int cut = random.nextInt(10);
            if (cut == 0 && s.length() > 2) s = s.substring(random.nextInt(s.length()));
            else if (cut == 1 && s.length() > 2) s = s.substring(0, 1 + random.nextInt(s.length() - 1));
            if (random.nextInt(4) == 0) s = swapName(s, picked.get(random.nextInt(picked.size())), random);
            if (i > 0) b.append(random.nextInt(3) == 0 ? JOINS[random.nextInt(JOINS.length)] : " ");
            b.append(s);
        }
        return b.toString();
    }

    /** The sentence with one of its capitalized words replaced by one of another sentence's. */
    private static String swapName(String s, String donor, Random random) {
        List<int[]> spots = spans(s);
        List<int[]> names = spans(donor);
        if (spots.isEmpty() || names.isEmpty()) return s;
        int[] spot = spots.get(random.nextInt(spots.size()));
        int[] name = names.get(random.nextInt(names.size()));
        return s.substring(0, spot[0]) + donor.substring(name[0], name[1]) + s.substring(spot[1]);
    }

    private static List<int[]> spans(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CAPITALIZED.matcher(s);
        while (m.find()) out.add(new int[]{m.start(), m.end()});
        return out;
    }

    private static void addText(List<String> out, String text) {
        for (String line : text.split("\n")) {
            for (String s : SENTENCE_END.split(line.strip())) {
                if (!s.isBlank()) out.add(s);
            }
        }
    }

    /** CoNLL: one token a line (the first column), a blank line between sentences. */
    private static void addConll(List<String> out, String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("-DOCSTART-")) {
                if (b.length() > 0) out.add(b.toString());
                b.setLength(0);
                continue;
            }
            String token = t.split("[\t ]")[0];
            if (b.length() > 0 && !token.matches("[.,;:!?)'’%]|n't|'s")) b.append(' ');
            b.append(token);
        }
        if (b.length() > 0) out.add(b.toString());
    }

    private static Stream<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return Stream.empty();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(f.toString(), e);
        }
    }
}
