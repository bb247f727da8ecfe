package org.newskg.train;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.newskg.error.NewsKgException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the annotated corpora of {@code ../shared/corpora/training} as OpenNLP name samples of newskg's three
 * types ({@code person}, {@code organization}, {@code product}); every other type is left unmarked. Column files
 * (CoNLL: token first, tag last, a blank line between sentences; BIO or IO tags) and GUM's CoNLL-U, whose
 * {@code Entity=} brackets mark every mention: of those only the named ones (every word a proper noun, a number or
 * a joining word) are kept.
 */
public final class NameCorpora {
    /** A corpus's sentences, split into the part to train on and the part held out to test on. */
    public record Split(String name, List<NameSample> train, List<NameSample> test) {
        public Split {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }

    /** The tag types of the corpora, lower-cased, and newskg's type for each; types not listed are not names here. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("per", "person"), Map.entry("person", "person"), Map.entry("politician", "person"),
            Map.entry("writer", "person"), Map.entry("scientist", "person"), Map.entry("musicalartist", "person"),
            Map.entry("researcher", "person"),
            Map.entry("org", "organization"), Map.entry("organisation", "organization"),
            Map.entry("organization", "organization"), Map.entry("corporation", "organization"),
            Map.entry("politicalparty", "organization"), Map.entry("university", "organization"),
            Map.entry("band", "organization"), Map.entry("group", "organization"),
            Map.entry("product", "product"), Map.entry("object", "product"));

    /**
     * The span typer's reading of the same tags: newskg's three types, {@code place} for locations, and {@code other}
     * for every other named thing (events, works, nationalities, MISC), which the typer learns to tell from a name of
     * the three types.
     */
    public static final Function<String, String> TYPER_TYPES = t -> {
        String mine = TYPES.get(t);
        if (mine != null) return mine;
        return switch (t) {
            case "loc", "location", "gpe", "place", "country", "city", "geo-loc", "facility", "fac" -> "place";
            default -> "other";
        };
    };

    private static final Pattern OPEN = Pattern.compile("\\((\\d+)-([a-z]+)");
    private static final Pattern SINGLE = Pattern.compile("\\((\\d+)-([a-z]+)[^()]*\\)");
    private static final Pattern CLOSE = Pattern.compile("(\\d+)\\)");

    private NameCorpora() {
    }

    /**
     * The default training set: the CC BY and MIT corpora of {@code training/} (GUM's CC BY genres, WNUT-17,
     * wikigold, the BTC tweets of news accounts, the SEC filings, CrossNER), each with its own test split where it has
     * one and its last fifth held out where it has none.
     */
    public static List<Split> standard(Path training) {
        return standard(training, TYPES::get);
    }

    /** The same splits with the corpora's tag types read by {@code typeOf} (null: not a name). */
    public static List<Split> standard(Path training, Function<String, String> typeOf) {
        Path ner = training.resolve("ner");
        List<Split> out = new ArrayList<>();
        out.add(gum(training.resolve("gum/cc-by"), typeOf));
        out.add(new Split("wnut17", concat(columns(ner.resolve("wnut17/wnut17train.conll"), typeOf),
                columns(ner.resolve("wnut17/emerging.dev.conll"), typeOf)), columns(ner.resolve("wnut17/emerging.test.annotated"), typeOf)));
        out.add(lastFifth("wikigold", columns(ner.resolve("wikigold/wikigold.conll.txt"), typeOf)));
        out.add(lastFifth("btc", columns(ner.resolve("btc/btc-g.conll"), typeOf)));
        out.add(new Split("sec-filings", columns(ner.resolve("sec-filings/FIN5.txt"), typeOf), columns(ner.resolve("sec-filings/FIN3.txt"), typeOf)));
        List<NameSample> cross = new ArrayList<>();
        try (Stream<Path> s = Files.list(ner.resolve("crossner"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith("_train.txt")).sorted().toList()) cross.addAll(columns(f, typeOf));
        } catch (IOException e) {
            throw new NewsKgException("cannot list " + ner.resolve("crossner") + ": " + e.getMessage(), e);
        }
        out.add(lastFifth("crossner", cross));
        return out;
    }

    private static List<NameSample> concat(List<NameSample> a, List<NameSample> b) {
        List<NameSample> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Split lastFifth(String name, List<NameSample> all) {
        int cut = all.size() * 4 / 5;
        return new Split(name, all.subList(0, cut), all.subList(cut, all.size()));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A column file: token in the first column, BIO or IO tag in the last. */
    static List<NameSample> columns(Path file, Function<String, String> typeOf) {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines(file)) {
            String l = line.strip();
            if (l.startsWith("-DOCSTART-")) continue;
            if (l.isEmpty()) {
                if (!tokens.isEmpty()) out.add(sample(tokens, tags, typeOf));
                tokens.clear();
                tags.clear();
                continue;
            }
            String[] cols = l.split("[\\t ]+");
            tokens.add(cols[0]);
            tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
        }
        if (!tokens.isEmpty()) out.add(sample(tokens, tags, typeOf));
        return out;
    }

    private static NameSample sample(List<String> tokens, List<String> tags, Function<String, String> typeOf) {
        List<Span> names = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? typeOf.apply(tag.substring(2).toLowerCase(Locale.ROOT)) : null;
            boolean begins = tag.startsWith("B-") || t != null && !t.equals(type);
            if (type != null && (t == null || begins)) {
                names.add(new Span(start, i, type));
                type = null;
            }
            if (t != null && type == null) {
                start = i;
                type = t;
            }
        }
        return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), false);
    }

    /** GUM's CoNLL-U documents of one folder; every fifth document (in name order) is held out. */
    static Split gum(Path folder, Function<String, String> typeOf) {
        List<NameSample> train = new ArrayList<>();
        List<NameSample> test = new ArrayList<>();
        List<Path> docs;
        try (Stream<Path> s = Files.list(folder)) {
            docs = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
        } catch (IOException e) {
            throw new NewsKgException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        for (int d = 0; d < docs.size(); d++) (d % 5 == 4 ? test : train).addAll(conllu(docs.get(d), typeOf));
        return new Split("gum", train, test);
    }

    private static List<NameSample> conllu(Path file, Function<String, String> typeOf) {
        List<NameSample> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.startsWith("#")) continue;
            if (line.isBlank()) {
                if (!rows.isEmpty()) out.add(gumSentence(rows, typeOf));
                rows.clear();
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length >= 10 && cols[0].matches("\\d+")) rows.add(cols); // multi-word token lines ("3-4") left out
        }
        if (!rows.isEmpty()) out.add(gumSentence(rows, typeOf));
        return out;
    }

    private static NameSample gumSentence(List<String[]> rows, Function<String, String> typeOf) {
        String[] tokens = rows.stream().map(r -> r[1]).toArray(String[]::new);
        List<Span> names = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();
        Map<Integer, String> types = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Optional<String> entity = java.util.Arrays.stream(rows.get(i)[9].split("\\|"))
                    .filter(f -> f.startsWith("Entity=")).findFirst().map(f -> f.substring(7));
            if (entity.isEmpty()) continue;
            String e = entity.get();
            // a mention of one word opens and closes in one bracket: "(7-time-new-…-coref)"
            Matcher one = SINGLE.matcher(e);
            while (one.find()) {
                int id = Integer.parseInt(one.group(1));
                open.push(new int[]{id, i});
                types.put(id, one.group(2));
                close(open, types, id, i, rows, names, typeOf);
            }
            String rest = SINGLE.matcher(e).replaceAll("");
            Matcher o = OPEN.matcher(rest);
            while (o.find()) {
                open.push(new int[]{Integer.parseInt(o.group(1)), i});
                types.put(Integer.parseInt(o.group(1)), o.group(2));
            }
            Matcher c = CLOSE.matcher(rest);
            while (c.find()) close(open, types, Integer.parseInt(c.group(1)), i, rows, names, typeOf);
        }
        // a name inside a longer one ("Jane Roe" in "the Jane Roe Prize"): the longer one is the name
        List<Span> kept = new ArrayList<>();
        names.stream().sorted((x, y) -> Integer.compare(y.length(), x.length()))
                .filter(n -> kept.stream().noneMatch(k -> k.intersects(n)))
                .forEach(kept::add);
        kept.sort(java.util.Comparator.comparingInt(Span::getStart));
        return new NameSample(tokens, kept.toArray(Span[]::new), false);
    }

    private static void close(Deque<int[]> open, Map<Integer, String> types, int id, int end, List<String[]> rows, List<Span> names,
                              Function<String, String> typeOf) {
        int[] found = null;
        for (int[] o : open) {
            if (o[0] == id) {
                found = o;
                break;
            }
        }
        if (found == null) return;
        open.remove(found);
        String type = typeOf.apply(types.get(id));
        if (type == null) return;
        int start = found[1];
        if (rows.get(start)[3].equals("DET")) start++;
        if (start > end) return;
        for (int k = start; k <= end; k++) {
            String upos = rows.get(k)[3];
            boolean joining = k > start && k < end && (upos.equals("ADP") || upos.equals("CCONJ") || upos.equals("PUNCT"));
            if (!upos.equals("PROPN") && !upos.equals("NUM") && !joining) return;
        }
        if (!rows.get(start)[3].equals("PROPN")) return;
        names.add(new Span(start, end + 1, type));
    }
}
