package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.Sentence;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.newskg.mention.MentionCues.*;

/**
 * Type evidence from the words before a name ("startup X", "CEO of X", "Y's X", "invested $25 million in X",
 * a list a name is part of). A part of {@link ContextMentionRecognizer}.
 */
record LeftEvidence(Lexicons lex, NameChunker chunker) {
    private static final java.util.Set<String> NOT_BEFORE_PEOPLE = Language.english().words("mention/not-before-people");
    private static final java.util.regex.Pattern INVESTMENT_WORD = Language.english().pattern("mention/patterns", "investment-word");
    private static final java.util.regex.Pattern INVESTMENT_GAP = Language.english().pattern("mention/patterns", "investment-gap");

    void leftContext(Sentence sentence, List<Token> toks, int i, int n, Map<EntityType, Double> w) {
        ownLeftContext(sentence, toks, i, n, w);
        int head = listStart(toks, i);
        boolean coordinated = false;
        for (int k = head; k < i; k++) {
            String t = toks.get(k).text().toLowerCase(Locale.ROOT);
            coordinated |= t.equals("and") || t.equals("or") || t.equals("instead") || t.equals("rather");
        }
        String before = word(toks, head - 1).toLowerCase(Locale.ROOT);
        boolean introduced = LIST_INTRO.contains(before) || before.equals("as") && word(toks, head - 2).equalsIgnoreCase("such");
        if (head < i && (coordinated || introduced)) {
            // "bought Globex or Initech", "clients including Acme, Globex and Initech": what introduces a list
            // speaks for every name in it
            Map<EntityType, Double> first = new EnumMap<>(EntityType.class);
            ownLeftContext(sentence, toks, head, 1, first);
            first.forEach((t, v) -> add(w, t, Weight.VERY_STRONG * v)); // a list passes on its first name's evidence, a little weaker
        }
    }

    /** The first token of the list of names that ends with the name at {@code i}; {@code i} when it is in none. */
    static int listStart(List<Token> toks, int i) {
        int start = i;
        for (int items = 0; items < 8; items++) {
            int k = start - 1;
            String c = word(toks, k).toLowerCase(Locale.ROOT);
            if (c.equals("and") || c.equals("or")) {
                k--;
                if (word(toks, k).equals(",")) k--;
            } else if (c.equals(",")) {
                k--;
            } else if (c.equals("of") && word(toks, k - 1).equalsIgnoreCase("instead")
                    || c.equals("than") && word(toks, k - 1).equalsIgnoreCase("rather")) {
                k -= 2;
            } else {
                break;
            }
            if (k < 0 || !isListed(word(toks, k))) break;
            while (k - 1 >= 0 && isListed(word(toks, k - 1)) && !word(toks, k - 1).isEmpty()) k--;
            start = k;
        }
        return start;
    }

    static boolean isListed(String t) {
        return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))
                || t.equals("'s") || t.equals("’s") || t.equals("&"));
    }

    void ownLeftContext(Sentence sentence, List<Token> toks, int i, int n, Map<EntityType, Double> w) {
        String p1 = word(toks, i - 1), p2 = word(toks, i - 2), p3 = word(toks, i - 3);
        String l1 = p1.toLowerCase(Locale.ROOT), l2 = p2.toLowerCase(Locale.ROOT);
        if (HONORIFICS.contains(p1) || p1.equals(".") && HONORIFICS.contains(p2)
                || RANKS.contains(p1) && lex.givenNames().contains(toks.get(i).text())) add(w, EntityType.PERSON, Weight.CERTAIN);
        CUES.score(toks, i, n, true, w);
        // "the Freedonian Reserve said": a name written after "the" is not a person's
        if (NOT_BEFORE_PEOPLE.contains(p1)) add(w, EntityType.PERSON, -Weight.GOOD);
        if (sentence.kind() == BlockKind.BYLINE) {
            if (l1.equals("by") || l1.equals("and") && i > 2) add(w, EntityType.PERSON, Weight.CERTAIN);
            else if (p1.equals(",") || p1.equals("/") || l1.equals("for") || p1.equals("|")) add(w, EntityType.ORGANIZATION, Weight.VERY_STRONG);
        }
        if (lex.orgHeads().contains(l1) && !p1.equals(p1.toUpperCase(Locale.ROOT))) add(w, EntityType.ORGANIZATION, Weight.VERY_STRONG);
        if (lex.productCues().contains(l1) && Character.isLowerCase(p1.isEmpty() ? 'A' : p1.charAt(0))) add(w, EntityType.PRODUCT, Weight.STRONG);
        // 'its game "Cloud Runner"'
        if (QUOTES.contains(p1) && lex.productCues().contains(l2) && Character.isLowerCase(p2.isEmpty() ? 'A' : p2.charAt(0))) {
            add(w, EntityType.PRODUCT, Weight.STRONG);
        }
        if (NAMING.contains(l1) || l1.equals("as") && l2.equals("known")) {
            for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
                if (!word(toks, k).isEmpty() && Character.isUpperCase(word(toks, k).charAt(0))) continue;
                String h = word(toks, k).toLowerCase(Locale.ROOT);
                if (PERSON_NOUNS.contains(h)) { add(w, EntityType.PERSON, Weight.NEAR_CERTAIN); break; }
                if (lex.orgHeads().contains(h)) { add(w, EntityType.ORGANIZATION, Weight.NEAR_CERTAIN); break; }
                if (lex.productCues().contains(h)) { add(w, EntityType.PRODUCT, Weight.NEAR_CERTAIN); break; }
            }
        }
        if (p1.equals(",") && lex.orgHeads().contains(l2) && Character.isLowerCase(p2.isEmpty() ? 'A' : p2.charAt(0))) add(w, EntityType.ORGANIZATION, Weight.STRONG);
        // "a new tool, Forge, …": an apposition, closed by punctuation (not "to build the aircraft, Globex said")
        if (p1.equals(",") && lex.productCues().contains(l2) && Character.isLowerCase(p2.isEmpty() ? 'A' : p2.charAt(0))
                && word(toks, i + n).matches("[,.;:()]?")) add(w, EntityType.PRODUCT, Weight.GOOD);
        if (chunker.endsTitle(toks, i)) add(w, EntityType.PERSON, n >= 2 ? Weight.VERY_STRONG : Weight.MODERATE);
        // "president of Venturi Automobiles": a name of two words or more after a title's "of" is where it is held
        if (l1.equals("of") && chunker.endsTitle(toks, i - 1)) add(w, EntityType.ORGANIZATION, n >= 2 ? Weight.MODERATE : Weight.SOME);
        if (l1.equals("at") && (WORK_AT.contains(l2) || chunker.endsTitle(toks, i - 1))) add(w, EntityType.ORGANIZATION, Weight.STRONG);
        else if (l1.equals("at") || l1.equals("from") && chunker.endsTitle(toks, i - 1)) add(w, EntityType.ORGANIZATION, Weight.VERY_FAINT);
        if (l1.equals("in") && investedBefore(toks, i - 1)) add(w, EntityType.ORGANIZATION, Weight.SOME);
        if ((p1.equals("'s") || p1.equals("’s")) && !p2.isEmpty() && Character.isUpperCase(p2.charAt(0))
                && !lex.givenNames().contains(toks.get(i).text())) add(w, EntityType.PRODUCT, Weight.MODEST);
        // "replacing the WidgetBook": a single inner-capital name after "the" is a thing more often than a company
        if (l1.equals("the") && p1.equals("the") && n == 1 && INNER_CAPS.matcher(toks.get(i).text()).matches()) {
            add(w, EntityType.PRODUCT, Weight.WEAK);
        }
        if (lex.speechVerbs().contains(l1) && (i - 1 > 0 && isPunct(word(toks, i - 2)) || i - 1 == 0)) add(w, EntityType.PERSON, Weight.MODERATE);
        if (p3.isEmpty() && l1.equals("at") && sentence.kind() == BlockKind.CAPTION) add(w, EntityType.ORGANIZATION, Weight.FAINT);
        // "clients including Acme", "games like \"Forge\"": the plural before the list says what is listed
        int q = QUOTES.contains(p1) ? i - 1 : i;
        String i1 = word(toks, q - 1).toLowerCase(Locale.ROOT), i2 = word(toks, q - 2).toLowerCase(Locale.ROOT);
        boolean intro = LIST_INTRO.contains(i1) || i1.equals("as") && i2.equals("such");
        if (intro) {
            int at = i1.equals("as") ? q - 3 : q - 2;
            for (int k = at; k >= Math.max(0, at - 2); k--) {
                String h = word(toks, k).toLowerCase(Locale.ROOT);
                if (ORG_GROUPS.contains(h)) {
                    add(w, EntityType.ORGANIZATION, Weight.GOOD);
                    break;
                }
                if (h.endsWith("s") && lex.productCues().contains(h.substring(0, h.length() - 1))) {
                    add(w, EntityType.PRODUCT, Weight.GOOD);
                    break;
                }
            }
        }
    }

    /** "invested in", "a stake in", "invested $25 million in": an investment reads up to the "in" at {@code in}. */
    static boolean investedBefore(List<Token> toks, int in) {
        for (int k = in - 1; k >= Math.max(0, in - 5); k--) {
            String t = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (INVESTMENT_WORD.matcher(t).matches()) return true;
            if (!INVESTMENT_GAP.matcher(t).matches()) return false;
        }
        return false;
    }
}
