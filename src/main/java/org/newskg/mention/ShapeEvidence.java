package org.newskg.mention;

import org.newskg.model.EntityType;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;

import java.util.List;
import java.util.Map;

import static org.newskg.mention.MentionCues.*;

/**
 * Type evidence from a name's own shape: given names, company suffixes, version numbers, inner capitals. A part of {@link ContextMentionRecognizer}.
 */
record ShapeEvidence(Lexicons lex) {
    /** Heads of "X of Y" names that are bodies of people, not places or orders (mention/of-bodies). */
    private static final java.util.Set<String> OF_BODIES = org.newskg.lang.Language.english().words("mention/of-bodies");
    private static final java.util.Set<String> OF_LINKS = org.newskg.lang.Language.english().words("mention/of-links");
    /** A name with initials: "J. Smith", "Jane Q. Public", "J. R. Roe", "Charles A. Agemian Jr." (a person's shape, when a word before the initials is a given name). */
    private static final java.util.regex.Pattern INITIALLED =
            java.util.regex.Pattern.compile("(\\p{Lu}[\\p{Ll}'’-]+ )?(\\p{Lu}\\. ?){1,3}\\p{Lu}[\\p{Ll}'’-]+( \\p{Lu}[\\p{Ll}'’-]+)?( Jr\\.?| Sr\\.?)?");

    void shape(List<Token> toks, int i, int j, String surface, Map<EntityType, Double> w,
                       java.util.function.IntSupplier insideCaps) {
        int n = j - i;
        String first = toks.get(i).text();
        String last = toks.get(j - 1).text();
        boolean alpha = surface.matches("[\\p{L}.'’ -]+");
        // shape
        // "Globex Software" is a company; "iWidget Software" is the software of the iWidget
        if (n >= 2 && lex.orgSuffixes().contains(last) && !CAMEL_LOWER.matcher(first).matches()) add(w, EntityType.ORGANIZATION, Weight.NEAR_CERTAIN);
        if (n >= 3 && surface.contains(" & ")) add(w, EntityType.ORGANIZATION, Weight.GOOD);
        // "Department of Computer Science", "Institute of Nuclear Power Operations", "Centre for Policy Studies"
        if (n >= 3 && OF_BODIES.contains(first) && OF_LINKS.contains(toks.get(i + 1).text())) add(w, EntityType.ORGANIZATION, Weight.GOOD);
        // "Air Freedonia", "Globex Air": airlines (not "WidgetBook Air", whose maker's brand is camel-cased)
        if (n == 2 && (first.equals("Air") || last.equals("Air") && !INNER_CAPS.matcher(first).matches()
                && !CAMEL_LOWER.matcher(first).matches())) add(w, EntityType.ORGANIZATION, Weight.GOOD);
        if (lex.givenNames().contains(first) && n >= 2 && n <= 4 && alpha
                || initialled(surface) && !lex.orgSuffixes().contains(last)) add(w, EntityType.PERSON, Weight.GOOD);
        else if ((n == 2 || n == 3) && alpha && !lex.orgSuffixes().contains(last)) add(w, EntityType.PERSON, Weight.VERY_FAINT);
        if (surface.matches(".*\\d.*")) add(w, EntityType.PRODUCT, Weight.FAIR);
        if (n == 1 && ACRONYM.matcher(first).matches()) add(w, EntityType.ORGANIZATION, Weight.WEAK);
        else if (n == 1 && INNER_CAPS.matcher(first).matches()) {
            add(w, EntityType.ORGANIZATION, Weight.FAINT);
            add(w, EntityType.PRODUCT, Weight.TRACE);
        } else if (n == 1 && alpha && !lex.givenNames().contains(first)) {
            add(w, EntityType.ORGANIZATION, insideCaps.getAsInt() > 0 ? Weight.MODEST : Weight.TRACE);
        }
        if (CAMEL_LOWER.matcher(first).matches()) add(w, EntityType.PRODUCT, Weight.GOOD);
        if (VERSIONED.matcher(first).matches()) add(w, EntityType.PRODUCT, Weight.TRACE);
    }

    private boolean initialled(String surface) {
        java.util.regex.Matcher m = INITIALLED.matcher(surface);
        return m.matches() && (m.group(1) == null || lex.givenNames().contains(m.group(1).strip()));
    }

    EntityType shapeType(List<Token> toks, int i, int j, String surface) {
        String first = toks.get(i).text();
        if (CAMEL_LOWER.matcher(first).matches() || surface.matches("(.*\\s)?\\p{Lu}*\\d[\\d.]*|(.*\\s)?\\p{Lu}+\\d+\\p{L}?(-\\w+)?")) {
            return EntityType.PRODUCT;
        }
        return EntityType.ORGANIZATION;
    }
}
