package org.newskg.mention;

import org.newskg.model.Token;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;

import java.util.List;
import java.util.Locale;

import static org.newskg.mention.MentionCues.*;

/**
 * Name chunking: which tokens can be part of a name, and how far a name runs from its first token (capitalized
 * words, with numbers, "&amp;", "of" and name particles inside; titles, ranks and flights cut off). A part of {@link ContextMentionRecognizer}.
 */
record NameChunker(Lexicons lex, TitleFinder titles) {
    boolean[] titleTokens(List<Token> toks) {
        boolean[] t = new boolean[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            var m = titles.at(toks, i);
            if (m.isPresent()) {
                for (int k = m.get().start(); k < m.get().end(); k++) t[k] = true;
            }
        }
        return t;
    }

    boolean isTitleCase(List<Token> toks) {
        int words = 0, caps = 0;
        for (Token t : toks) {
            // "Jane Roe is the head of Globex": a verb written small is a sentence's, whatever share its names take;
            // a headline in title case capitalizes its verbs ("Globex Buys Initech")
            if (t.wordLike() && !t.capitalized() && (t.pos().startsWith("VB") || t.pos().equals("MD"))) return false;
            if (!t.wordLike() || t.text().length() < 4) continue;
            words++;
            if (t.capitalized()) caps++;
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    boolean isNameToken(List<Token> toks, int i, DocumentStats stats, boolean headline, boolean[] titleTok) {
        Token t = toks.get(i);
        String s = t.text();
        if (!t.wordLike() || s.length() > 40) return false;
        boolean versioned = VERSIONED.matcher(s).matches();
        boolean camel = CAMEL_LOWER.matcher(s).matches() || LOWER_BRAND.matcher(s).matches();
        if (!t.capitalized() && !versioned && !camel) return false;
        if (lex.commonCaps().contains(s) || titleTok[i] && t.capitalized()) return false;
        if (s.length() > 2 && s.equals(s.toUpperCase(Locale.ROOT))
                && lex.commonCaps().contains(s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT))) return false;
        if (s.contains("-") && hasLowerPart(s)) return false;
        if (CONTRACTION.matcher(s).matches()) return false; // "I've", "We're"
        if (HEX.matcher(s).matches() && i > 0 && word(toks, i - 1).equals("\\")) return false; // "\\x08": a character code
        if (Character.isDigit(s.charAt(0))) return false;
        // "Charles A. Agemian": a capital letter with its period before a name is an initial, even the article's "A"
        boolean special = camel || versioned || INNER_CAPS.matcher(s).matches() || s.matches(".*\\d.*") || initialAt(toks, i);
        boolean initial = i <= DocumentStats.firstWord(toks) || i > 0 && isOpening(toks.get(i - 1));
        if (!special && (MIDDLE_STOP.contains(s) || (initial || headline) && lex.functionWords().contains(s))) {
            return false;
        }
        if (initial && !special && stats.capsInside(s) == 0 && stats.lower(s) > 0) return false;
        if (headline && !special && stats.capsInside(s) == 0) return false;
        return true;
    }

    /**
     * A capital letter, its period written right after it, then a capitalized word, opening a name or after a given
     * name or another initial: "A. Agemian", "Charles A. Agemian", "J. A. Roe"; not "Series A. Shares".
     */
    private static final java.util.regex.Pattern LETTER = java.util.regex.Pattern.compile("\\p{Lu}");

    private boolean initialAt(List<Token> toks, int i) {
        // (isNameToken asks for every token: the cheap tests first)
        if (i + 2 >= toks.size() || !toks.get(i + 1).text().equals(".") || !LETTER.matcher(toks.get(i).text()).matches()) return false;
        if (i > 0 && toks.get(i - 1).capitalized() && !lex.givenNames().contains(toks.get(i - 1).text())
                && !(i > 1 && toks.get(i - 1).text().equals(".") && LETTER.matcher(toks.get(i - 2).text()).matches())) return false;
        Token next = toks.get(i + 2);
        return toks.get(i + 1).span().begin() == toks.get(i).span().end() && next.capitalized() && next.wordLike();
    }

    int extend(List<Token> toks, int i, DocumentStats stats, boolean headline, boolean[] titleTok) {
        int j = i + 1;
        while (j < toks.size()) {
            Token t = toks.get(j);
            String s = t.text();
            boolean adjacent = t.span().begin() - toks.get(j - 1).span().end() <= 1;
            if (!adjacent) break;
            if (s.equals(toks.get(j - 1).text())) {
                break; // "ad4reach ad4reach": a logo's text before the name, not a longer name
            } else if (LEGAL_FORMS.contains(toks.get(j - 1).text()) && j - 1 > i) {
                break; // "Globex Inc Initech": a company's legal form ends its name
            } else if (isNameToken(toks, j, stats, headline, titleTok)) {
                j++;
            } else if (NAME_CONTINUERS.contains(s)) {
                j++; // "Mac OS X", "Acme TV"
            } else if (NUMBER.matcher(s).matches() && j > i) {
                j++;
            } else if (ADJECTIVAL.contains(s) && j + 1 < toks.size() && isNameToken(toks, j + 1, stats, headline, titleTok)
                    && toks.get(j + 1).span().begin() - t.span().end() <= 1) {
                j++; // "Freedonia Eastern Airlines", "Royal Sylvanian Oil"
            } else if ((s.equals("'s") || s.equals("’s")) && j + 1 < toks.size()
                    && toks.get(j + 1).text().matches(",|and|or")) {
                j++; // "Globex's, Initech and …": a brand with a possessive in its name, listed
                break;
            } else if ((s.equals("&") || s.equals("and") && ofName(toks, i, j))
                    && j + 1 < toks.size() && isNameToken(toks, j + 1, stats, headline, titleTok)) {
                j += 2;
            } else if (s.equals("of") && OF_HEADS.contains(toks.get(j - 1).text()) && j + 1 < toks.size()
                    && isNameToken(toks, j + 1, stats, headline, titleTok)) {
                j += 2;
            } else if (NAME_PARTICLES.contains(s) && j + 1 < toks.size() && isNameToken(toks, j + 1, stats, headline, titleTok)
                    && lex.givenNames().contains(toks.get(i).text())) {
                j += 2;
            } else if (s.equals(".") && toks.get(j - 1).text().length() == 1 && j + 1 < toks.size()
                    && isNameToken(toks, j + 1, stats, headline, titleTok)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** "Ministry of Science and Technology": an "of" name may go on with "and"; "Globex Group and Initech" may not. */
    static boolean ofName(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (toks.get(k).text().equals("of")) return true;
        return false;
    }

    boolean endsTitle(List<Token> toks, int i) {
        if (i <= 0) return false;
        for (int k = Math.max(0, i - 8); k < i; k++) {
            var m = titles.at(toks, k);
            if (m.isPresent() && m.get().end() == i) return true;
        }
        return false;
    }

    /** "Globex Air Flight 574": a flight is no product; the run ends before "Flight". */
    static int flightEnd(List<Token> toks, int i, int j) {
        for (int k = i + 1; k + 1 < j; k++) {
            if (toks.get(k).text().equals("Flight") && Character.isDigit(toks.get(k + 1).text().charAt(0))) return k;
        }
        return j;
    }

    static boolean allRanks(List<Token> toks, int i, int j) {
        for (int k = i; k < j; k++) {
            if (!RANKS.contains(toks.get(k).text())) return false;
        }
        return true;
    }

    /** The first token of a person's name that closes the run {@code i..j} after other words, or {@code i}. */
    int personInside(List<Token> toks, int i, int j) {
        for (int k = i + 1; k <= j - 2; k++) {
            if (!lex.givenNames().contains(toks.get(k).text())) continue;
            if (j - k > 3 || !(allRanks(toks, i, k) || k - i >= 2)) return i;
            for (int m = i; m < k; m++) {
                if (lex.givenNames().contains(toks.get(m).text())) return i;
            }
            for (int m = k; m < j; m++) {
                if (!toks.get(m).text().matches("\\p{Lu}[\\p{L}'’-]*|\\p{Lu}\\.?")) return i;
            }
            return lex.orgSuffixes().contains(toks.get(j - 1).text()) ? i : k;
        }
        return i;
    }
}
