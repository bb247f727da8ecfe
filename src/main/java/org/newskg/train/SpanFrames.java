package org.newskg.train;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.newskg.error.NewsKgException;
import org.newskg.lang.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Made-up training sentences for the span typer, because the corpora name few products: the frames of
 * {@code train/span-frames.txt} (written for newskg) filled with names of the bundled Wikidata name index, products,
 * organizations and people alike (products and organizations well known: on {@value #MIN_SITELINKS} Wikipedias or
 * more, one to four words, capitalized; people of two or three capitalized words). The same seed gives the same sentences.
 */
public final class SpanFrames {
    static final int MIN_SITELINKS = 10;
    private static final Pattern SLOT = Pattern.compile("\\{(PRODUCT|ORG|PERSON)}");
    private static final Map<String, String> KIND = Map.of("PRODUCT", "product", "ORG", "organization", "PERSON", "person");

    private SpanFrames() {
    }

    /**
     * {@code perFrame} sentences from every frame, with names that {@code allowed} accepts (the command leaves out
     * every name written in an evaluation article).
     */
    public static List<NameSample> sentences(int perFrame, long seed, Predicate<String> allowed) {
        Map<String, List<String>> names = names(allowed);
        Random random = new Random(seed);
        List<NameSample> out = new ArrayList<>();
        for (String frame : frames()) {
            for (int n = 0; n < perFrame; n++) {
                List<String> tokens = new ArrayList<>();
                List<Span> spans = new ArrayList<>();
                for (String t : frame.split(" ")) {
                    Matcher m = SLOT.matcher(t);
                    if (!m.matches()) {
                        tokens.add(t);
                        continue;
                    }
                    List<String> pool = names.get(KIND.get(m.group(1)));
                    String[] words = pool.get(random.nextInt(pool.size())).split(" ");
                    spans.add(new Span(tokens.size(), tokens.size() + words.length, KIND.get(m.group(1))));
                    tokens.addAll(List.of(words));
                }
                out.add(new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), false));
            }
        }
        return out;
    }

    private static List<String> frames() {
        List<String> out = new ArrayList<>();
        for (String line : lines(SpanFrames.class.getResourceAsStream("/org/newskg/train/span-frames.txt"), false)) {
            if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
        }
        return out;
    }

    private static Map<String, List<String>> names(Predicate<String> allowed) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String k : KIND.values()) out.put(k, new ArrayList<>());
        try (InputStream in = Language.english().open("mention/known-names.tsv.gz")) {
            for (String line : lines(in, true)) {
                if (line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                String kind = KIND.get(cells[1].equals("ORGANIZATION") ? "ORG" : cells[1]);
                String name = cells[0];
                int words = name.split(" ").length;
                if (kind == null || words > 4) continue;
                // the source counts no sitelinks of people: any person of two or three capitalized words will do
                boolean person = kind.equals("person");
                if (person ? words < 2 || words > 3 || !name.matches("\\p{Lu}[\\p{L}.'-]*( \\p{Lu}[\\p{L}.'-]*)+")
                        : Integer.parseInt(cells[2]) < MIN_SITELINKS) continue;
                if (!Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.codePointAt(0))) continue;
                if (allowed.test(name)) out.get(kind).add(name);
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot read the name index: " + e.getMessage(), e);
        }
        return out;
    }

    private static List<String> lines(InputStream in, boolean gzip) {
        try (InputStream raw = gzip ? new GZIPInputStream(in) : in;
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new NewsKgException("cannot read the span frames: " + e.getMessage(), e);
        }
    }
}
