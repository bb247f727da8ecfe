package org.newskg.read;

import org.newskg.lang.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap language detector: the share of letters outside the Latin script, and among the words of a text the
 * share of very common English function words against those of other languages in the Latin script. It says
 * "not English" only when it can tell: a page of a few words, or a list or table of names and numbers with few
 * function words of any language, is not refused.
 */
public final class LanguageGuess {
    private static final Set<String> ENGLISH = Language.english().words("read/english");
    private static final Map<String, Set<String>> OTHERS = others();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Below this share of English function words a text may not be English. */
    private static final int ENGLISH_PERCENT = 8;
    /** At or above this share of another language's function words (and more than English's) it is that language. */
    private static final int OTHER_PERCENT = 12;

    /**
     * What the detector saw.
     *
     * @param tag            "en", or the tag of the language it looks like
     * @param words          how many words it read
     * @param englishPercent the share of English function words among them
     * @param otherPercent   the share of the other language's function words (0 for "en" or another script)
     */
    public record Guess(String tag, int words, int englishPercent, int otherPercent) {
        /** A one-line account for a refusal: "looks like 'de' (412 words: 2% English function words, 21% 'de')". */
        public String reason() {
            return "looks like '" + tag + "' (" + words + " words: " + englishPercent + "% English function words"
                    + (otherPercent > 0 ? ", " + otherPercent + "% '" + tag + "'" : "") + ")";
        }
    }

    private static Map<String, Set<String>> others() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (List<String> row : Language.english().rows("read/other-languages")) {
            m.put(row.get(0), Set.of(row.get(1).trim().split("\\s+")));
        }
        return m;
    }

    private LanguageGuess() {
    }

    /**
     * @return "en" when the text reads as English, a rough tag otherwise ("zh", "ja", "ko", "ru", "ar", "und"), or
     * empty when the text is too short to tell
     */
    public static Optional<String> guess(String text) {
        return detect(text).map(Guess::tag);
    }

    /**
     * @return what the text looks like, with the counts behind it; empty when it is too short to tell, or when it
     * is neither clearly English nor clearly another language (lists, tables, scores)
     */
    public static Optional<Guess> detect(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0, english = 0;
        Map<String, Integer> other = new LinkedHashMap<>();
        while (m.find() && words < 5000) {
            words++;
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            if (ENGLISH.contains(w)) {
                english++;
            }
            for (Map.Entry<String, Set<String>> e : OTHERS.entrySet()) {
                if (e.getValue().contains(w)) other.merge(e.getKey(), 1, Integer::sum);
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
        int englishPercent = words == 0 ? 0 : english * 100 / words;
        if (foreign * 2 > letters) {
            String tag = kana > 0 ? "ja" : hangul >= Math.max(cjk, cyrillic) ? "ko" : cjk >= Math.max(cyrillic, arabic) ? "zh"
                    : cyrillic >= arabic ? "ru" : "ar";
            return Optional.of(new Guess(tag, words, englishPercent, 0));
        }
        if (words < 30) {
            return Optional.empty();
        }
        if (english * 100 >= words * ENGLISH_PERCENT) return Optional.of(new Guess("en", words, englishPercent, 0));
        Optional<Map.Entry<String, Integer>> best = other.entrySet().stream().max(Map.Entry.comparingByValue());
        if (best.isPresent() && best.get().getValue() * 100 >= words * OTHER_PERCENT && best.get().getValue() > english) {
            return Optional.of(new Guess(best.get().getKey(), words, englishPercent, best.get().getValue() * 100 / words));
        }
        return Optional.empty();
    }
}
