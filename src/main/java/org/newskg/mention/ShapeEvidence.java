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
        // "Air Freedonia", "Globex Air": airlines (not "WidgetBook Air", whose maker's brand is camel-cased)
        if (n == 2 && (first.equals("Air") || last.equals("Air") && !INNER_CAPS.matcher(first).matches()
                && !CAMEL_LOWER.matcher(first).matches())) add(w, EntityType.ORGANIZATION, Weight.GOOD);
        if (lex.givenNames().contains(first) && n >= 2 && n <= 4 && alpha) add(w, EntityType.PERSON, Weight.GOOD);
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

    EntityType shapeType(List<Token> toks, int i, int j, String surface) {
        String first = toks.get(i).text();
        if (CAMEL_LOWER.matcher(first).matches() || surface.matches("(.*\\s)?\\p{Lu}*\\d[\\d.]*|(.*\\s)?\\p{Lu}+\\d+\\p{L}?(-\\w+)?")) {
            return EntityType.PRODUCT;
        }
        return EntityType.ORGANIZATION;
    }
}
