package org.newskg.text;

import org.newskg.lang.Language;
import org.newskg.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds job titles in a token list: lexicon titles with modifiers ("senior vice president"), "chief … officer",
 * a lower-case "of …" complement ("head of applications"), and a leading "former", "ex-" or "then".
 */
public final class TitleFinder {
    /**
     * A title found in a sentence.
     *
     * @param start  first token, inclusive (the "former" word when there is one)
     * @param end    last token, exclusive
     * @param title  the title as written, without "former"
     * @param former true when marked as a past role
     */
    public record TitleMatch(int start, int end, String title, boolean former) {
    }

    private static final Set<String> FORMER = Language.english().words("titles/former");
    private static final Set<String> TAKES_OF = Language.english().words("titles/takes-of");
    private static final Set<String> JOB_HEADS = Language.english().words("titles/job-heads");
    private static final java.util.regex.Pattern SMALL_PLURAL = java.util.regex.Pattern.compile("\\p{Ll}[\\p{Ll}-]+s");
    private final Lexicons lex;
    private final boolean jobHeads;

    public TitleFinder(Lexicons lex) {
        this(lex, false);
    }

    /**
     * @param jobHeads whether a lower-case head word of an occupation ({@code titles/job-heads}, from ESCO: "lawyer",
     *                 "geologist") is a title too; for reading roles beside a known person, not for typing names
     */
    public TitleFinder(Lexicons lex, boolean jobHeads) {
        this.lex = lex;
        this.jobHeads = jobHeads;
    }

    /** The longest title starting at token {@code i}, if one does. */
    public Optional<TitleMatch> at(List<Token> tokens, int i) {
        if (i >= tokens.size() || !mayStart(lower(tokens.get(i)))) return Optional.empty();
        int k = i;
        boolean former = false;
        if (k < tokens.size() && FORMER.contains(lower(tokens.get(k)))) {
            former = true;
            k++;
            if (k < tokens.size() && tokens.get(k).text().equals("-")) k++;
        } else if (k < tokens.size() && lower(tokens.get(k)).startsWith("ex-")) {
            former = true;
        }
        int start = k;
        while (k < tokens.size() && lex.titleModifiers().contains(lower(tokens.get(k)))
                && !lex.titles().contains(lower(tokens.get(k)) + " " + (k + 1 < tokens.size() ? lower(tokens.get(k + 1)) : ""))) {
            k++;
        }
        int coreStart = k;
        int end = -1;
        String core = null;
        // "senior vice president" with its modifier; failing that, the modifier may be the title ("executive")
        for (int cs : new int[]{coreStart, start}) {
            for (int n = Math.min(lex.titles().maxWords(), tokens.size() - cs); n >= 1 && end < 0; n--) {
                String phrase = join(tokens, cs, cs + n);
                if (phrase.startsWith("ex-")) phrase = phrase.substring(3);
                if (lex.titles().contains(phrase)) {
                    end = cs + n;
                    core = phrase;
                    coreStart = cs;
                }
            }
            if (end >= 0) break;
        }
        // chief <one to three words> officer
        if (coreStart < tokens.size() && lower(tokens.get(coreStart)).equals("chief")) {
            for (int n = 2; n <= 4 && coreStart + n < tokens.size(); n++) {
                if (lower(tokens.get(coreStart + n)).equals("officer")) {
                    end = coreStart + n + 1;
                    core = "chief officer";
                    break;
                }
            }
        }
        // "a lawyer for", "professors Jane Roe and John Doe": an occupation's head word or a title in the plural
        String written = coreStart < tokens.size() ? tokens.get(coreStart).text() : "", singular = null;
        if (end < 0 && jobHeads) {
            singular = smallTitle(written);
            if (singular != null) {
                end = coreStart + 1;
                core = singular;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        if (TAKES_OF.contains(core) && end + 1 < tokens.size() && lower(tokens.get(end)).equals("of")) {
            int e = end + 1;
            while (e < tokens.size() && e < end + 5 && isComplementWord(tokens.get(e))) e++;
            if (e == end + 1) e = departmentEnd(tokens, end + 1);
            if (e > end + 1) end = e;
        }
        String title = rawText(tokens, start, end).replaceFirst("^(?i)ex-", "");
        if (singular != null && !singular.equals(written)) {
            title = title.replaceFirst("\\b" + java.util.regex.Pattern.quote(written) + "\\b", singular);
        }
        return Optional.of(new TitleMatch(former ? i : start, end, title, former));
    }

    /** Whether a title can start with this lower-case word: a quick test that spares most tokens the full search. */
    private boolean mayStart(String w) {
        return FORMER.contains(w) || w.startsWith("ex-") || w.equals("chief") || lex.titles().startsEntry(w)
                || lex.titleModifiers().contains(w) || jobHeads && smallTitle(w) != null;
    }

    /**
     * The title a word written small is with {@code jobHeads}: an occupation's head word ("lawyer") as it is, a
     * title or head word in the plural ("professors", "co-founders") in the singular; null for any other word.
     */
    private String smallTitle(String w) {
        if (JOB_HEADS.contains(w)) return w;
        if (!SMALL_PLURAL.matcher(w).matches()) return null;
        String one = w.substring(0, w.length() - 1);
        return lex.titles().contains(one) || JOB_HEADS.contains(one) ? one : null;
    }

    private static final Set<String> DEPARTMENTS = Language.english().words("titles/departments");

    /** "Head of Cloud Services", "General Manager of Widget Systems Asia": a capitalized department. */
    private static int departmentEnd(List<Token> tokens, int from) {
        int e = from;
        while (e < tokens.size() && e < from + 5 && tokens.get(e).capitalized() && tokens.get(e).text().matches("\\p{L}+")) e++;
        return e > from && DEPARTMENTS.contains(tokens.get(e - 1).text()) ? e : from;
    }

    private boolean isComplementWord(Token t) {
        String s = t.text();
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0)) && s.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !lex.functionWords().contains(s) && !lex.titles().contains(s);
    }

    private static String rawText(List<Token> tokens, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start && tokens.get(i).span().begin() > tokens.get(i - 1).span().end()) sb.append(' ');
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) sb.append(' ');
            sb.append(lower(tokens.get(i)));
        }
        return sb.toString();
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
