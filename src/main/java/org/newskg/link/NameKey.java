package org.newskg.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The form in which names are compared: NFKC, lower case, straight apostrophes, single spaces. */
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
        return s.replaceAll("\\s+", " ").trim();
    }

    /** The key without a trailing legal form ("apple inc." gives "apple"), when there is one. */
    static Optional<String> withoutLegalSuffix(String key) {
        var m = LEGAL_SUFFIX.matcher(key);
        if (!m.find() || m.start() == 0) return Optional.empty();
        return Optional.of(key.substring(0, m.start()).trim());
    }
}
