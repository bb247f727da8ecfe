package org.newskg.mention;

import org.newskg.model.EntityType;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.newskg.mention.MentionCues.*;

/**
 * Type evidence from the words after a name ("X said", "X, the chief executive", "X shares", "X jets"). A part of {@link ContextMentionRecognizer}.
 */
record RightEvidence(Lexicons lex, TitleFinder titles) {
    /** Adjectives and participles between a copula and a title ("a distinguished professor"). */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile("JJ|VBN");
    private static final java.util.Set<String> DEFINITE = org.newskg.lang.Language.english().words("mention/definite");
    /** A word between a name and the kind of thing it names ("the Corvan compact sedan"): adjective or noun. */
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("JJ|NN");
    private static final java.util.regex.Pattern SMALL_WORD = java.util.regex.Pattern.compile("\\p{Ll}[\\p{Ll}-]+");
    private static final java.util.regex.Pattern SMALL_LETTERS = java.util.regex.Pattern.compile("\\p{Ll}+");
    private static final java.util.regex.Pattern LIFE_DATES = org.newskg.lang.Language.english().pattern("mention/patterns", "life-dates");
    void rightContext(List<Token> toks, int j, int n, boolean listed, boolean[] titleTok, Map<EntityType, Double> w) {
        String n1 = word(toks, j), n2 = word(toks, j + 1), n3 = word(toks, j + 2);
        String l1 = n1.toLowerCase(Locale.ROOT), l2 = n2.toLowerCase(Locale.ROOT);
        if (lex.speechVerbs().contains(l1)) {
            String l3 = word(toks, j + 1).toLowerCase(Locale.ROOT);
            if (l3.equals("it") || l3.equals("its")) {
                add(w, EntityType.ORGANIZATION, Weight.MODERATE); // "Globex said it would appeal"
            } else if (n == 1 && !lex.givenNames().contains(word(toks, j - 1)) && !l3.equals("he") && !l3.equals("she")) {
                // "Globex said": a lone word that is no given name speaks for a company as often as for a person
                add(w, EntityType.PERSON, Weight.SLIGHT);
                add(w, EntityType.ORGANIZATION, Weight.FAINT);
            } else {
                add(w, EntityType.PERSON, lex.givenNames().contains(word(toks, j - n)) ? Weight.MODERATE : Weight.WEAK);
            }
        }
        if (n1.equals(",")) {
            if (lex.speechVerbs().contains(l2) && !n3.isEmpty()) add(w, EntityType.PERSON, Weight.WEAK);
            int limit = Math.min(toks.size(), j + 7);
            for (int k = j + 1; k < limit; k++) {
                String h = toks.get(k).text().toLowerCase(Locale.ROOT);
                if (h.equals(",") || h.equals(".") || lex.speechVerbs().contains(h)) break;
                if (titleTok[k] && (k <= j + 4 || k <= j + 6 && possessiveBetween(toks, j, k))) {
                    add(w, EntityType.PERSON, Weight.VERY_STRONG);
                    break;
                }
                // "Jane Roe, the agency's district supervisor": the agency is another's; read on for the title
                boolean possessed = word(toks, k + 1).equals("'s") || word(toks, k + 1).equals("’s");
                if (lex.orgHeads().contains(h) && Character.isLowerCase(toks.get(k).text().charAt(0)) && !possessed
                        && (l2.equals("a") || l2.equals("an") || l2.equals("the") || k == j + 1)) {
                    add(w, EntityType.ORGANIZATION, Weight.STRONG); break;
                }
                if (lex.productCues().contains(h) && (l2.equals("a") || l2.equals("an") || l2.equals("the") || l2.equals("its"))) {
                    add(w, EntityType.PRODUCT, Weight.GOOD); break;
                }
            }
        }
        if (j < titleTok.length && titleTok[j] && Character.isUpperCase(n1.isEmpty() ? 'a' : n1.charAt(0))
                && j + 1 < toks.size()) add(w, EntityType.ORGANIZATION, Weight.STRONG);
        // "Globex chief executive Jane Roe" (not "named Jane Roe chief executive")
        if (j < titleTok.length && titleTok[j] && Character.isLowerCase(n1.isEmpty() ? 'A' : n1.charAt(0))
                && !lex.titles().contains(l1 + " " + l2)
                && !(n >= 2 && lex.givenNames().contains(word(toks, j - n)))) add(w, EntityType.ORGANIZATION, Weight.SOME);
        if ((n1.equals("'s") || n1.equals("’s")) && j + 1 < titleTok.length && titleTok[j + 1]) add(w, EntityType.ORGANIZATION, Weight.GOOD);
        if ((n1.equals("'s") || n1.equals("’s")) && (lex.orgContext().contains(l2) || n2.matches("\\p{Ll}+")
                && lex.orgContext().contains(word(toks, j + 2)))) add(w, EntityType.ORGANIZATION, Weight.SOME);
        // "Globex's Jane Doe": a person of the company
        if ((n1.equals("'s") || n1.equals("’s")) && lex.givenNames().contains(n2)
                && Character.isUpperCase(n3.isEmpty() ? 'a' : n3.charAt(0))) add(w, EntityType.ORGANIZATION, Weight.MODERATE);
        if ((n1.equals("'s") || n1.equals("’s")) && possessesProduct(toks, j + 1)) add(w, EntityType.ORGANIZATION, Weight.WEAK);
        // "Globex's buyout", "Globex's proposed acquisition"
        if ((n1.equals("'s") || n1.equals("’s")) && (DEAL_NOUNS.contains(l2)
                || DEAL_NOUNS.contains(word(toks, j + 2).toLowerCase(Locale.ROOT)))) add(w, EntityType.ORGANIZATION, Weight.SOME);
        if (lex.orgContext().contains(l1) && !l1.equals(n1.toUpperCase(Locale.ROOT)) || ORG_SUBJECT_VERBS.contains(l1)) {
            add(w, EntityType.ORGANIZATION, Weight.SOME);
        }
        // "the Corvan sedan", "its Zephyr phone": a definite name before a kind of hardware is a model of it
        boolean model = DEFINITE.contains(word(toks, j - n - 1).toLowerCase(Locale.ROOT));
        // "the Corvan compact sedan": one word written small between the name and its kind
        boolean kindAfterWord = j + 1 < toks.size() && lex.productCues().contains(l2) && QUALIFIER.matcher(toks.get(j).pos()).matches()
                && SMALL_WORD.matcher(n1).matches() && SMALL_LETTERS.matcher(n2).matches();
        if (MAKER_CUES.contains(l1) && n == 1 && !model) {
            // "Globex jets", "Initech chips": a brand before a kind of hardware is its maker
            add(w, EntityType.ORGANIZATION, Weight.FAINT);
        } else if (lex.productCues().contains(l1) && (Character.isLowerCase(n1.charAt(0)) || n1.length() > 1 && n1.equals(n1.toUpperCase(Locale.ROOT)))) {
            // ("the Corvan Volt SUV": a kind written in capitals too)
            // "the Forge app" names a product; "Globex and Initech apps" names the makers
            add(w, listed ? EntityType.ORGANIZATION : EntityType.PRODUCT, listed ? Weight.SOME : MAKER_CUES.contains(l1) ? Weight.MODERATE : Weight.GOOD);
        } else if (kindAfterWord && !listed && (n >= 2 || model)) {
            add(w, EntityType.PRODUCT, Weight.MODERATE);
        }
        // the buyer of "X tried to buy Y", "X agreed to acquire Y"
        for (int k = j; k < Math.min(toks.size(), j + 4); k++) {
            String t = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (DEAL_VERBS.contains(t)) {
                add(w, EntityType.ORGANIZATION, Weight.SOME);
                break;
            }
            if (!t.matches("[a-z]+")) break;
        }
        // "Jane Roe is the chief executive of Globex", "Jane Roe served as president": a title only a person holds
        if (titleHeld(toks, j)) add(w, EntityType.PERSON, Weight.GOOD);
        if (n1.equals("(") && lifeDates(toks, j)) add(w, EntityType.PERSON, Weight.GOOD);
        CUES.score(toks, j - n, n, false, w);
        // "Top 100 brands", "Global 2000 companies": a ranking that qualifies a plural, not a product
        if (ORG_GROUPS.contains(l1) && j > 0 && NUMBER.matcher(toks.get(j - 1).text()).matches()) {
            add(w, EntityType.PRODUCT, -Weight.FAIR);
        }
        if (l1.equals("(") && ACRONYM.matcher(n2).matches() && n3.equals(")")) add(w, EntityType.ORGANIZATION, Weight.WEAK);
    }

    /** Words of {@code mention/holds-title} from {@code j} ("served as"), up to three fillers, then a person's title. */
    private boolean titleHeld(List<Token> toks, int j) {
        if (!HOLDS_TITLE.contains(word(toks, j).toLowerCase(Locale.ROOT))) return false;
        int k = j + 1;
        while (k < j + 3 && HOLDS_TITLE.contains(word(toks, k).toLowerCase(Locale.ROOT))) k++; // "served as", "was as"
        // fillers and adjectives: "is currently the", "was a distinguished", "is an American"
        for (int f = 0; f < 4 && (COPULA_FILLERS.contains(word(toks, k).toLowerCase(Locale.ROOT))
                || k < toks.size() && ADJECTIVE.matcher(toks.get(k).pos()).matches()); f++) k++;
        return titles.at(toks, k)
                .filter(t -> !SHARED_TITLES.contains(t.title().toLowerCase(Locale.ROOT).replaceFirst(".* ", ""))).isPresent();
    }

    /** The bracket at {@code j} and what follows it, up to fifteen tokens, hold a life's dates ("(1909 – 1996)"). */
    private static boolean lifeDates(List<Token> toks, int j) {
        int end = Math.min(toks.size(), j + 16);
        String text = toks.get(j).text();
        for (int k = j + 1; k < end; k++) {
            text += (toks.get(k).span().begin() > toks.get(k - 1).span().end() ? " " : "") + toks.get(k).text();
            if (toks.get(k).text().equals(")")) break;
        }
        return LIFE_DATES.matcher(text).lookingAt();
    }

    /** Whether the agency's of "Jane Roe, the agency's district supervisor" lies between tokens {@code from} and {@code to}. */
    static boolean possessiveBetween(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = toks.get(k).text();
            if (t.equals("'s") || t.equals("’s")) return k > from + 1 && lowerWord(toks, k - 1);
        }
        return false;
    }

    /** "Acme's first phone game": a possessor of a product is most often its maker. */
    boolean possessesProduct(List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size(), from + 4); k++) {
            String t = toks.get(k).text();
            if (t.length() > 1 && Character.isLowerCase(t.charAt(0)) && lex.productCues().contains(t)) return true;
            if (!t.matches("[\\p{L}\\d-]+")) return false;
        }
        return false;
    }
}
