package org.newskg.mention;

import org.newskg.error.NewsKgException;
import org.newskg.lang.Language;
import org.newskg.model.EntityType;
import org.newskg.model.Token;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The context cues of a language pack that are only words next to a name: a table of (pattern, type, weight) rows,
 * {@code mention/cues.tsv}. A pattern is written in text order with {@code _} for the name: {@code "acquired|owned
 * by _"} is a cue on the left, {@code "_ was|is released"} one on the right. Each word of a pattern matches one
 * token, case not minded: a word, words separated by {@code |} (one of them), {@code partner*} (a token that begins
 * so) or {@code @mention/join} (a token in that list of the pack). The weight is the name of a {@link Weight}.
 * Cues that need more than the words beside a name (a title, a list, the kind of block) stay in
 * {@link LeftEvidence} and {@link RightEvidence}.
 */
record CueTable(List<Cue> cues) {
    /** One row: the tests of the tokens before the name (text order) and after it, and what a match says. */
    record Cue(String pattern, List<Predicate<String>> before, List<Predicate<String>> after, EntityType type, double weight) {
        boolean matches(List<Token> toks, int i, int n) {
            for (int k = 0; k < before.size(); k++) {
                if (!test(before.get(k), toks, i - before.size() + k)) return false;
            }
            for (int k = 0; k < after.size(); k++) {
                if (!test(after.get(k), toks, i + n + k)) return false;
            }
            return true;
        }

        private static boolean test(Predicate<String> p, List<Token> toks, int k) {
            return k >= 0 && k < toks.size() && p.test(toks.get(k).text().toLowerCase(Locale.ROOT));
        }
    }

    CueTable {
        cues = List.copyOf(cues);
    }

    /**
     * The table {@code name} of the pack.
     *
     * @throws NewsKgException on a row that is not a pattern with one {@code _}, a type and a weight name
     */
    static CueTable load(Language lang, String name) {
        List<Cue> out = new ArrayList<>();
        for (List<String> row : lang.rows(name)) {
            String where = lang.folder() + name + ".tsv: ";
            if (row.size() < 3) throw new NewsKgException(where + "a row needs a pattern, a type and a weight: " + row);
            List<String> words = List.of(row.get(0).trim().split("\\s+"));
            int at = words.indexOf("_");
            if (at < 0 || words.lastIndexOf("_") != at || words.size() == 1) {
                throw new NewsKgException(where + "a pattern has one _ for the name and a word beside it: " + row.get(0));
            }
            EntityType type;
            try {
                type = EntityType.valueOf(row.get(1).trim());
            } catch (IllegalArgumentException e) {
                throw new NewsKgException(where + "no entity type " + row.get(1));
            }
            out.add(new Cue(row.get(0).trim(), tests(lang, words.subList(0, at)), tests(lang, words.subList(at + 1, words.size())),
                    type, weight(where, row.get(2).trim())));
        }
        return new CueTable(out);
    }

    /** Adds the weight of every cue that matches the name of {@code n} tokens at {@code i} to {@code w}. */
    void score(List<Token> toks, int i, int n, boolean leftSide, Map<EntityType, Double> w) {
        for (Cue c : cues) {
            if ((leftSide ? !c.before().isEmpty() : c.before().isEmpty()) && c.matches(toks, i, n)) {
                MentionCues.add(w, c.type(), c.weight());
            }
        }
    }

    private static List<Predicate<String>> tests(Language lang, List<String> words) {
        List<Predicate<String>> out = new ArrayList<>();
        for (String word : words) out.add(test(lang, word.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static Predicate<String> test(Language lang, String word) {
        if (word.startsWith("@")) {
            Set<String> list = lang.words(word.substring(1)).stream()
                    .map(s -> s.split("\t", 2)[0].strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            return list::contains;
        }
        List<Predicate<String>> any = new ArrayList<>();
        for (String alt : word.split("\\|")) {
            any.add(alt.endsWith("*") && alt.length() > 1 ? t -> t.startsWith(alt.substring(0, alt.length() - 1)) : alt::equals);
        }
        return t -> any.stream().anyMatch(p -> p.test(t));
    }

    private static double weight(String where, String name) {
        try {
            Field f = Weight.class.getDeclaredField(name);
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == double.class) return f.getDouble(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // reported below
        }
        throw new NewsKgException(where + "no weight " + name + " on the scale of Weight");
    }
}
