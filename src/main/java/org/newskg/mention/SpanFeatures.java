package org.newskg.mention;

import org.newskg.encode.Encoder;
import org.newskg.model.EntityType;
import org.newskg.text.EnglishWords;
import org.newskg.text.Lexicons;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The features the span typer reads for a span of words in an encoded sentence: the encoder's vectors of the span
 * (the mean of its words, its first and its last word) and of the words either side of it, and a few facts of its
 * own: its length, its shape (capitals, digits, inner capitals), a given name first or a company suffix last, the
 * first word of the sentence or not, and what the Wikidata name index knows of it (kind, well known).
 */
public final class SpanFeatures {
    private static final int FACTS = 17;
    private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("[\\p{Lu}\\d&.\\- ]+");
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile(".*\\d.*");
    private static final java.util.regex.Pattern INNER_CAPITAL = java.util.regex.Pattern.compile(".*\\p{Ll}\\p{Lu}.*");
    /** The number of features. */
    public static final int WIDTH = 5 * Encoder.DIM + FACTS;
    private final Lexicons lex;
    private final KnownNames known = KnownNames.bundled();

    public SpanFeatures(Lexicons lex) {
        this.lex = lex;
    }

    /** The features of words {@code [i, j)} of a sentence whose words are {@code words}, encoded as {@code enc}. */
    public float[] of(List<String> words, Encoder.Encoded enc, int i, int j) {
        float[] f = new float[WIDTH];
        int d = Encoder.DIM;
        for (int k = i; k < j; k++) {
            for (int x = 0; x < d; x++) f[x] += enc.words()[k][x] / (j - i);
        }
        System.arraycopy(enc.words()[i], 0, f, d, d);
        System.arraycopy(enc.words()[j - 1], 0, f, 2 * d, d);
        if (i > 0) System.arraycopy(enc.words()[i - 1], 0, f, 3 * d, d);
        if (j < words.size()) System.arraycopy(enc.words()[j], 0, f, 4 * d, d);
        int o = 5 * d;
        String surface = String.join(" ", words.subList(i, j));
        String first = words.get(i), last = words.get(j - 1);
        f[o] = j - i == 1 ? 1 : 0;
        f[o + 1] = j - i == 2 ? 1 : 0;
        f[o + 2] = j - i >= 3 ? 1 : 0;
        f[o + 3] = CAPITALS.matcher(surface).matches() && surface.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        f[o + 4] = DIGIT.matcher(surface).matches() ? 1 : 0;
        f[o + 5] = words.subList(i, j).stream().anyMatch(w -> INNER_CAPITAL.matcher(w).matches()) ? 1 : 0;
        f[o + 6] = lex.givenNames().contains(first) ? 1 : 0;
        f[o + 7] = lex.orgSuffixes().contains(last) ? 1 : 0;
        f[o + 8] = i == 0 ? 1 : 0;
        f[o + 9] = j - i == 1 && EnglishWords.contains(first.toLowerCase(Locale.ROOT)) ? 1 : 0;
        f[o + 10] = Character.isUpperCase(first.charAt(0)) ? 1 : 0;
        f[o + 11] = lex.locations().contains(surface) ? 1 : 0;
        Optional<KnownNames.Known> k = known.of(surface);
        f[o + 12] = k.filter(n -> n.type() == EntityType.PERSON).isPresent() ? 1 : 0;
        f[o + 13] = k.filter(n -> n.type() == EntityType.ORGANIZATION).isPresent() ? 1 : 0;
        f[o + 14] = k.filter(n -> n.type() == EntityType.PRODUCT).isPresent() ? 1 : 0;
        f[o + 15] = k.filter(KnownNames.Known::famous).isPresent() ? 1 : 0;
        f[o + 16] = i > 0 && words.get(i - 1).equalsIgnoreCase("the") ? 1 : 0;
        return f;
    }
}
