package org.newskg.model;

import java.text.Normalizer;
import java.util.Locale;

/** Normalization of names into the slugs that entity keys and IRIs are minted from. */
public final class Names {
    private Names() {
    }

    /**
     * Lower-case ASCII slug of a name: accents stripped, possessive and leading "the" dropped, every run of other
     * characters turned into one hyphen. "The Daily Ledger" and "Daily Ledger" give the same slug.
     *
     * @return the slug, or {@code "x"} for a name with no letter or digit
     */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("^the\\s+", "");
        s = s.replace('·', '-').replaceAll("[^a-z0-9.]+", "-").replaceAll("\\.(?![0-9])", "")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
