package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.EntityType;
import org.newskg.model.Token;
import org.newskg.text.EnglishWords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The names the world knows: labels and aliases of the people, organizations and products of the bundled Wikidata
 * snapshot ({@code lang/en/mention/known-names.tsv.gz}, made by {@code newskg wikidata names}), each with the type
 * of its best-known bearer and how well known that is (Wikipedia sitelinks, 0 when the source does not count them).
 * Names are matched as written (case counts), over the text's tokens, longest first. Read once per JVM.
 */
final class KnownNames {
    /** A known name: the type of its best-known bearer and that bearer's sitelink count. */
    record Known(EntityType type, int sitelinks) {
        /** Well known: on a dozen Wikipedias or more (the sources count only those). */
        boolean famous() {
            return sitelinks >= FAMOUS;
        }
    }

    static final int FAMOUS = 12;
    private static final KnownNames BUNDLED = read(Language.english(), "mention/known-names.tsv.gz");
    private final Map<String, Known> names;
    private final int longest;

    private KnownNames(Map<String, Known> names, int longest) {
        this.names = names;
        this.longest = longest;
    }

    static KnownNames bundled() {
        return BUNDLED;
    }

    private static KnownNames read(Language lang, String file) {
        Map<String, Known> names = new HashMap<>(1 << 18);
        int longest = 1;
        try (InputStream raw = lang.open(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                names.put(cells[0], new Known(EntityType.valueOf(cells[1]), Integer.parseInt(cells[2])));
                longest = Math.max(longest, cells[0].split(" ").length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new KnownNames(Map.copyOf(names), Math.min(longest, 8));
    }

    /** What is known of a name written exactly so (inner spaces as one). */
    Optional<Known> of(String surface) {
        return Optional.ofNullable(names.get(surface.replaceAll("\\s+", " ")));
    }

    /**
     * The number of tokens of the longest known name of two words or more that starts at token {@code i} and is
     * written with a capital on every word (0 when none): "Home Depot", not "home depot".
     */
    int longestAt(String text, List<Token> toks, int i) {
        if (!toks.get(i).capitalized()) return 0;
        for (int k = Math.min(longest, toks.size() - i); k >= 2; k--) {
            Token last = toks.get(i + k - 1);
            if (!last.wordLike() || !(last.capitalized() || Character.isDigit(last.text().charAt(0)))) continue;
            if (!sameLine(toks, i, i + k)) continue;
            if (names.containsKey(text.substring(toks.get(i).span().begin(), last.span().end()).replaceAll("\\s+", " "))) return k;
        }
        return 0;
    }

    private static boolean sameLine(List<Token> toks, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            if (toks.get(k).span().begin() - toks.get(k - 1).span().end() > 1) return false;
        }
        return true;
    }

    /**
     * The type evidence a known name gives: the weight of a moderate cue for a famous name, less for a name of two
     * words or more its source does not rank, none for such a single word, and half again for a single word that is
     * also an English word ("Square", "Target").
     */
    Map<EntityType, Double> evidence(String surface) {
        Optional<Known> k = of(surface);
        if (k.isEmpty()) return Map.of();
        boolean oneWord = !surface.contains(" ");
        // "Shelter": an unranked single word that is also an English word says little; "NASA", "Celcom" say a little
        if (oneWord && !k.get().famous()) {
            return EnglishWords.contains(surface.toLowerCase(Locale.ROOT)) ? Map.of() : Map.of(k.get().type(), Weight.FAINT);
        }
        double w = k.get().famous() ? Weight.MODERATE : Weight.FAINT;
        if (oneWord && EnglishWords.contains(surface.toLowerCase(Locale.ROOT))) w /= 2;
        return Map.of(k.get().type(), w);
    }
}
