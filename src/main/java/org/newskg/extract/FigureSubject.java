package org.newskg.extract;

import org.newskg.extract.EntityIndex.Ref;
import org.newskg.lang.Language;
import org.newskg.mention.MoneyRecognizer.Quantity;
import org.newskg.model.EntityType;
import org.newskg.model.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a reported number is about, read from its clause and, when the clause names nothing, from the story around
 * it. In order: a possessive right before the number ("Globex's revenue of $5 billion"); the first product, else
 * the nearest organization, named before it in the sentence; the product or company that "the product", "the
 * company" or "it" refers to; a name right after the number ("$5 billion for Globex"); the source the sentence
 * cites ("according to Globex", "Globex said"); and, in a sentence that names no organization or product, the
 * subject of the figures of the sentence or two before ("Initech sold 300 cars in May. Its rivals sold 200.").
 */
final class FigureSubject {
    private static final Language EN = Language.english();
    private static final Pattern PRODUCT_REFERENCE = EN.pattern("extract/patterns", "product-reference");
    private static final Pattern COMPANY_REFERENCE = EN.pattern("extract/patterns", "company-reference");
    private static final Pattern PRONOUN_REFERENCE = EN.pattern("extract/patterns", "pronoun-reference");
    private static final Pattern CITED_BEFORE = EN.pattern("extract/patterns", "cited-before");
    private static final Pattern CITED_AFTER = EN.pattern("extract/patterns", "cited-after");

    private final EntityIndex index;

    FigureSubject(EntityIndex index) {
        this.index = index;
    }

    /**
     * @param carried the subject of the last figure read, with the index of its sentence, when there is one
     */
    Optional<Ref> of(Sentence s, Quantity q, Optional<Carried> carried) {
        int at = s.span().begin() + q.span().begin();
        List<Ref> refs = index.in(s.index()).stream().filter(r -> r.type() != EntityType.PERSON).toList();
        Ref product = null, org = null;
        for (Ref r : refs) {
            if (r.mention().span().end() > at) continue;
            String between = s.text().substring(r.mention().span().end() - s.span().begin(), q.span().begin());
            if (between.matches("['’]s [^,;]{0,40}")) return Optional.of(r);
            if (r.type() == EntityType.PRODUCT && product == null) product = r;
            if (r.type() == EntityType.ORGANIZATION) org = r;
        }
        if (product != null) return Optional.of(product);
        if (org != null) return Optional.of(org);
        String lower = s.text().substring(0, q.span().begin()).toLowerCase(Locale.ROOT);
        if (PRODUCT_REFERENCE.matcher(lower).matches()) return referent(s.index(), EntityType.PRODUCT, carried);
        if (COMPANY_REFERENCE.matcher(lower).matches()) return referent(s.index(), EntityType.ORGANIZATION, carried);
        if (PRONOUN_REFERENCE.matcher(lower).matches()) return pronounReferent(s.index(), carried);
        Optional<Ref> after = rightAfter(s, q, refs);
        if (after.isPresent()) return after;
        Optional<Ref> cited = cited(s, refs);
        if (cited.isPresent()) return cited;
        if (refs.isEmpty() && carried.isPresent() && s.index() - carried.get().sentence() <= 2) {
            return Optional.of(carried.get().subject());
        }
        return Optional.empty();
    }

    /** The subject of the last figure, and the sentence it was read in. */
    record Carried(Ref subject, int sentence) {
    }

    /** "$5 billion for Globex": a name right after the number, in the same clause. */
    private static Optional<Ref> rightAfter(Sentence s, Quantity q, List<Ref> refs) {
        int numberEnd = s.span().begin() + q.span().end();
        return refs.stream().filter(r -> r.mention().span().begin() >= numberEnd).findFirst()
                .filter(r -> r.mention().span().begin() - numberEnd <= 30
                        && !s.text().substring(q.span().end(), r.mention().span().begin() - s.span().begin()).matches("(?s).*[,;:.].*"));
    }

    /** "…, according to Globex", "…, Globex said": the organization the sentence cites for what it reports. */
    private static Optional<Ref> cited(Sentence s, List<Ref> refs) {
        for (Ref r : refs) {
            if (r.type() != EntityType.ORGANIZATION) continue;
            int begin = r.mention().span().begin() - s.span().begin(), end = r.mention().span().end() - s.span().begin();
            if (CITED_BEFORE.matcher(s.text().substring(Math.max(0, begin - 60), begin)).find()
                    || CITED_AFTER.matcher(s.text().substring(end)).lookingAt()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * What an opening "it" refers to: the last figure's subject, of whatever kind, from the sentence or two before;
     * else the first product or organization of the sentences before (the story's subject more often than not).
     */
    private Optional<Ref> pronounReferent(int sentence, Optional<Carried> carried) {
        if (carried.isPresent() && sentence - carried.get().sentence() <= 2) return Optional.of(carried.get().subject());
        return firstBefore(sentence, t -> t == EntityType.PRODUCT || t == EntityType.ORGANIZATION);
    }

    /** What "the company" or "the product" refers to: the last figure's subject of that type, else the type's last name. */
    private Optional<Ref> referent(int sentence, EntityType type, Optional<Carried> carried) {
        if (carried.isPresent() && carried.get().subject().type() == type && sentence - carried.get().sentence() <= 3) {
            return Optional.of(carried.get().subject());
        }
        return firstBefore(sentence, t -> t == type);
    }

    /**
     * The first name of a kind in the nearest of the three sentences before: its subject more often than not
     * ("Globex's game will launch on the Initech Pad … the game costs $10").
     */
    private Optional<Ref> firstBefore(int sentence, java.util.function.Predicate<EntityType> kind) {
        for (int k = sentence - 1; k >= Math.max(0, sentence - 3); k--) {
            for (Ref r : index.in(k)) {
                if (kind.test(r.type())) return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
