package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;

import java.util.List;
import java.util.Locale;

import static org.newskg.mention.MentionCues.*;

/**
 * What is not a name of a person, organization or product though it is capitalized: places (place heads, the
 * gazetteer, names listed with places, a lone word after "in"), peoples and creeds. A part of {@link ContextMentionRecognizer}.
 */
record NonNames(Lexicons lex, TitleFinder titles) {
    private static final java.util.Set<String> NOT_AFTER_DEMONYM = Language.english().words("mention/not-after-demonym");
    /** The number of tokens of the longest known place name that starts at {@code i}; 0 when none does. */
    int locationAt(List<Token> toks, int i) {
        if (!toks.get(i).capitalized()) return 0;
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int k = i; k < Math.min(toks.size(), i + 4); k++) {
            if (k > i) sb.append(' ');
            sb.append(toks.get(k).text());
            if (k > i && lex.locations().contains(sb.toString())) best = k - i + 1;
        }
        return best;
    }

    /**
     * "Freedonian officials", "Freedonian Loyalists", "Freedonians": words for peoples, not names of organizations
     * or persons; "Freedonian said" or "Freedonian shares" may still be a company.
     */
    boolean peoples(List<Token> toks, int i, int j) {
        String first = toks.get(i).text();
        if (lex.givenNames().contains(first)) return false;
        if (j - i == 1) {
            if (GROUP_PLURAL.matcher(first).matches()) return true;
            String next = word(toks, j);
            String l = next.toLowerCase(Locale.ROOT);
            if (DEMONYM.matcher(first).matches() && (lex.commonCaps().contains(next) || GROUP_PLURAL.matcher(next).matches()
                    || titles.at(toks, j).isPresent())) {
                return true; // "Freedonian Loyalists", "Freedonian Prime Minister"
            }
            return DEMONYM.matcher(first).matches() && next.matches("\\p{Ll}[\\p{Ll}-]+") && !l.endsWith("ed")
                    && !lex.speechVerbs().contains(l) && !lex.orgContext().contains(l) && !ORG_SUBJECT_VERBS.contains(l)
                    && !DEAL_VERBS.contains(l) && !lex.productCues().contains(l) && !MAKER_CUES.contains(l)
                    && !lex.functionWords().contains(l) && !MIDDLE_STOP.contains(next) && !NOT_AFTER_DEMONYM.contains(l);
        }
        for (int k = i; k < j - 1; k++) {
            if (!DEMONYM.matcher(toks.get(k).text()).matches()) return false;
        }
        return GROUP_PLURAL.matcher(toks.get(j - 1).text()).matches();
    }

    /** "Changi Airport", "Terminal 3", "Main Street": a place. */
    static boolean isPlace(List<Token> toks, int i, int j) {
        int last = j - 1;
        while (last > i && Character.isDigit(toks.get(last).text().charAt(0))) last--;
        return PLACE_HEADS.contains(toks.get(last).text());
    }

    /** "Melbourne and Brisbane", "Oslo, Bergen": a name listed next to a known place is a place. */
    boolean listedWithPlace(List<Token> toks, int i, int j) {
        String before = word(toks, i - 1).toLowerCase(Locale.ROOT), after = word(toks, j).toLowerCase(Locale.ROOT);
        boolean prev = (before.equals("and") || before.equals("or") || before.equals(","))
                && lex.locations().contains(word(toks, i - 2));
        boolean next = (after.equals("and") || after.equals("or")) && lex.locations().contains(word(toks, j + 1))
                && !Character.isUpperCase(word(toks, j + 2).isEmpty() ? 'a' : word(toks, j + 2).charAt(0));
        return j - i == 1 && (prev || next);
    }
}
