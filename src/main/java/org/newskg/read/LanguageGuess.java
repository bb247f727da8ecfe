package org.newskg.read;

import org.newskg.lang.Language;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap English detector: the share of very common English function words among the words of a text, and the
 * share of letters outside the Latin script. Good enough to refuse a page that is not in English.
 */
public final class LanguageGuess {
    private static final Set<String> ENGLISH = Language.english().words("read/english");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageGuess() {
    }

    /**
     * @return "en" when the text reads as English, a rough tag otherwise ("zh", "ja", "ko", "ru", "ar", "und"), or
     * empty when the text is too short to tell
     */
    public static Optional<String> guess(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0, english = 0;
        while (m.find() && words < 5000) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                english++;
            }
        }
        int letters = 0, cjk = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0;
        int limit = Math.min(text.length(), 50_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            switch (s) {
                case HAN -> cjk++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                default -> { }
            }
        }
        if (letters < 40) {
            return Optional.empty();
        }
        int foreign = cjk + kana + hangul + cyrillic + arabic;
        if (foreign * 2 > letters) {
            if (kana > 0) return Optional.of("ja");
            if (hangul >= Math.max(cjk, cyrillic)) return Optional.of("ko");
            if (cjk >= Math.max(cyrillic, arabic)) return Optional.of("zh");
            return Optional.of(cyrillic >= arabic ? "ru" : "ar");
        }
        if (words < 30) {
            return Optional.empty();
        }
        return Optional.of(english * 100 >= words * 8 ? "en" : "und");
    }
}
