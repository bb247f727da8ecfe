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
    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?:,?\\s+(?:Inc\\.?|Incorporated|Corp\\.?|Corporation|Co\\.|Company|Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|LLP|"
            + "PLC|plc|GmbH|AG|S\\.A\\.|SA|N\\.V\\.|NV|B\\.V\\.|BV|SE|S\\.p\\.A\\.|SpA|Oyj|AB|ASA))+$");

    /** "Globex Inc." is "Globex", "Initech Holdings Ltd" is "Initech Holdings"; a name that is only a legal form stays. */
    public static String withoutLegalForm(String name) {
        String s = LEGAL_FORM.matcher(name.strip()).replaceFirst("");
        return s.isBlank() ? name : s;
    }

    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("^the\\s+", "");
        s = s.replace('·', '-').replaceAll("[^a-z0-9.]+", "-").replaceAll("\\.(?![0-9])", "")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
