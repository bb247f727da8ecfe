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
final class ShapeEvidence {
    private final Lexicons lex;

    ShapeEvidence(Lexicons lex) {
        this.lex = lex;
    }

    void shape(List<Token> toks, int i, int j, String surface, Map<EntityType, Double> w,
                       java.util.function.IntSupplier insideCaps) {
        int n = j - i;
        String first = toks.get(i).text();
        String last = toks.get(j - 1).text();
        boolean alpha = surface.matches("[\\p{L}.'’ -]+");
        // shape
        // "Globex Software" is a company; "iWidget Software" is the software of the iWidget
        if (n >= 2 && lex.orgSuffixes().contains(last) && !CAMEL_LOWER.matcher(first).matches()) add(w, EntityType.ORGANIZATION, 0.9);
        if (n >= 3 && surface.contains(" & ")) add(w, EntityType.ORGANIZATION, 0.6);
        // "Air Freedonia", "Globex Air": airlines (not "MacBook Air", whose maker's brand is camel-cased)
        if (n == 2 && (first.equals("Air") || last.equals("Air") && !INNER_CAPS.matcher(first).matches()
                && !CAMEL_LOWER.matcher(first).matches())) add(w, EntityType.ORGANIZATION, 0.6);
        if (lex.givenNames().contains(first) && n >= 2 && n <= 4 && alpha) add(w, EntityType.PERSON, 0.6);
        else if ((n == 2 || n == 3) && alpha && !lex.orgSuffixes().contains(last)) add(w, EntityType.PERSON, 0.15);
        if (surface.matches(".*\\d.*")) add(w, EntityType.PRODUCT, 0.45);
        if (n == 1 && ACRONYM.matcher(first).matches()) add(w, EntityType.ORGANIZATION, 0.3);
        else if (n == 1 && INNER_CAPS.matcher(first).matches()) {
            add(w, EntityType.ORGANIZATION, 0.2);
            add(w, EntityType.PRODUCT, 0.1);
        } else if (n == 1 && alpha && !lex.givenNames().contains(first)) {
            add(w, EntityType.ORGANIZATION, insideCaps.getAsInt() > 0 ? 0.35 : 0.1);
        }
        if (CAMEL_LOWER.matcher(first).matches()) add(w, EntityType.PRODUCT, 0.6);
        if (VERSIONED.matcher(first).matches()) add(w, EntityType.PRODUCT, 0.1);
    }

    EntityType shapeType(List<Token> toks, int i, int j, String surface) {
        String first = toks.get(i).text();
        if (CAMEL_LOWER.matcher(first).matches() || surface.matches("(.*\\s)?\\p{Lu}*\\d[\\d.]*|(.*\\s)?\\p{Lu}+\\d+\\p{L}?(-\\w+)?")) {
            return EntityType.PRODUCT;
        }
        return EntityType.ORGANIZATION;
    }
}
