package org.newskg.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The form in which names are compared: NFKC, lower case, straight apostrophes, single spaces, no leading "the". */
final class NameKey {
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            ",? (inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|gmbh|sa|nv|se|spa|oyj|ab|asa|"
                    + "pty ltd)$");

    private NameKey() {
    }

    static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        // "Inc." is "inc" and "J.P." is "jp", but "IN.tech" keeps its period: it is a different name than "Intech"
        s = s.replaceAll("\\.(?=\\s|$)", "").replaceAll("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)", "");
        s = s.replaceAll("\\s+", " ").trim();
        // "The Freedonia Gazette" is "Freedonia Gazette"
        return s.startsWith("the ") && s.length() > 4 ? s.substring(4) : s;
    }

    /** The keys a name is looked up by: its own, and without a possessive ("Globex's" is also "globex"). */
    static java.util.List<String> keys(String name) {
        String key = of(name);
        if (key.endsWith("'s") && key.length() > 3) return java.util.List.of(key, key.substring(0, key.length() - 2));
        return java.util.List.of(key);
    }

    /** The key without a trailing legal form ("apple inc." gives "apple"), when there is one. */
    static Optional<String> withoutLegalSuffix(String key) {
        var m = LEGAL_SUFFIX.matcher(key);
        if (!m.find() || m.start() == 0) return Optional.empty();
        return Optional.of(key.substring(0, m.start()).trim());
    }
}
