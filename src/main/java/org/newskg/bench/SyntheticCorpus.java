package org.newskg.bench;

import org.newskg.error.NewsKgException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus for benchmarks, recombined from real articles so that names and facts vary from one article to the
 * next: each article is a headline and runs of consecutive sentences from several source articles, with some
 * capitalized names swapped for names from other sources. The same sources, size and seed give the same corpus.
 *
 * <pre>
 * SyntheticCorpus c = SyntheticCorpus.from(List.of(Path.of("articles/")));
 * c.write(Path.of("corpus"), 1000, 6000, 42L);
 * </pre>
 */
public final class SyntheticCorpus {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}&'’-]+(?:\\s\\p{Lu}[\\p{L}&'’-]+)*");

    private final List<List<String>> documents;

    private SyntheticCorpus(List<List<String>> documents) {
        this.documents = documents;
    }

    /**
     * Reads the sources: plain-text files ({@code .txt}), or folders searched for them.
     *
     * @throws NewsKgException when a source cannot be read or no sentences are found
     */
    public static SyntheticCorpus from(List<Path> sources) {
        Objects.requireNonNull(sources, "sources");
        List<List<String>> docs = new ArrayList<>();
        for (Path p : sources) {
            for (Path f : texts(p)) {
                List<String> sentences = new ArrayList<>();
                for (String line : read(f).split("\n")) {
                    for (String s : SENTENCE_END.split(line.strip())) {
                        if (s.length() > 20 && s.matches("(?s).*[.!?\"”]$")) sentences.add(s);
                    }
                }
                if (!sentences.isEmpty()) docs.add(List.copyOf(sentences));
            }
        }
        if (docs.isEmpty()) throw new NewsKgException("no sentences in " + sources);
        return new SyntheticCorpus(List.copyOf(docs));
    }

    /** How many source documents were read. */
    public int documents() {
        return documents.size();
    }

    /** Article {@code index} of the corpus with this seed: about {@code bytes} characters. */
    public String article(long seed, int index, int bytes) {
        Random r = new Random(seed * 1_000_003L + index);
        StringBuilder b = new StringBuilder();
        List<String> doc = documents.get(r.nextInt(documents.size()));
        b.append(headline(doc.get(0))).append("\n\n");
        while (b.length() < bytes) {
            List<String> from = documents.get(r.nextInt(documents.size()));
            int start = r.nextInt(from.size());
            int run = 2 + r.nextInt(6);
            for (int k = start; k < Math.min(from.size(), start + run) && b.length() < bytes; k++) {
                String s = from.get(k);
                if (r.nextInt(3) == 0) s = swapName(s, documents.get(r.nextInt(documents.size())), r);
                b.append(s).append(r.nextInt(3) == 0 ? "\n\n" : " ");
            }
            b.append("\n\n");
        }
        return b.toString().strip() + "\n";
    }

    /**
     * Writes {@code count} articles as {@code article-00000.txt} … into {@code dir}.
     *
     * @return the files written, in order
     */
    public List<Path> write(Path dir, int count, int bytes, long seed) {
        try {
            Files.createDirectories(dir);
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path f = dir.resolve(String.format("article-%05d.txt", i));
                Files.writeString(f, article(seed, i, bytes), StandardCharsets.UTF_8);
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new NewsKgException(dir + ": cannot write the corpus: " + e.getMessage(), e);
        }
    }

    private static String headline(String sentence) {
        String[] words = sentence.replaceAll("[.!?\"”“]+$", "").split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 10)));
    }

    private static String swapName(String s, List<String> donorDoc, Random r) {
        String donor = donorDoc.get(r.nextInt(donorDoc.size()));
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(donor);
        while (m.find()) if (m.start() > 0) names.add(m.group());
        Matcher here = NAME.matcher(s);
        List<int[]> spots = new ArrayList<>();
        while (here.find()) if (here.start() > 0) spots.add(new int[]{here.start(), here.end()});
        if (names.isEmpty() || spots.isEmpty()) return s;
        int[] spot = spots.get(r.nextInt(spots.size()));
        return s.substring(0, spot[0]) + names.get(r.nextInt(names.size())) + s.substring(spot[1]);
    }

    private static List<Path> texts(Path p) {
        if (Files.isRegularFile(p)) return List.of(p);
        if (!Files.isDirectory(p)) throw new NewsKgException(p + ": no such file or folder");
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new NewsKgException(p + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException(f + ": cannot read: " + e.getMessage(), e);
        }
    }
}
