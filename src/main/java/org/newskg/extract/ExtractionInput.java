package org.newskg.extract;

import org.newskg.mention.MoneyRecognizer;
import org.newskg.mention.MoneyRecognizer.Quantity;
import org.newskg.model.AnnotatedText;
import org.newskg.model.Deal;
import org.newskg.model.Role;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every extractor reads: the analysed article, its entities, its time expressions, its quantities and the
 * facts the extractors before it found. The facade fills it in pipeline order: roles after {@link RelationExtractor}, deals
 * after {@link DealExtractor}.
 *
 * @param text  the analysed article
 * @param index the resolved entities and where they are mentioned
 * @param times the time expressions, in text order
 * @param quantities each sentence's amounts of money, percentages, measures and counts, by sentence index, read
 *                   once for the deals and the figures (none where {@link org.newskg.model.BlockKind#tellsDeals} says no deal is read)
 * @param roles the roles found so far; empty before the relations are read
 * @param deals the deals found so far; empty before the deals are read
 */
public record ExtractionInput(AnnotatedText text, EntityIndex index, List<TimeExpression> times,
                              List<List<Quantity>> quantities, List<Role> roles, List<Deal> deals) {
    private static final MoneyRecognizer NUMBERS = new MoneyRecognizer();

    public ExtractionInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(index, "index");
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        if (quantities.size() != text.sentences().size()) throw new IllegalArgumentException("quantities for "
                + quantities.size() + " sentences, the text has " + text.sentences().size());
        roles = List.copyOf(roles);
        deals = List.copyOf(deals);
    }

    /** The input before any fact is extracted, the quantities of its sentences read. */
    public static ExtractionInput of(AnnotatedText text, EntityIndex index, List<TimeExpression> times) {
        List<List<Quantity>> q = new ArrayList<>(text.sentences().size());
        for (Sentence s : text.sentences()) {
            q.add(s.kind().tellsDeals() ? List.copyOf(NUMBERS.recognize(s.text())) : List.of());
        }
        return new ExtractionInput(text, index, times, q, List.of(), List.of());
    }

    /** The quantities of sentence {@code s}, offsets into its text. */
    public List<Quantity> quantities(Sentence s) {
        return quantities.get(s.index());
    }

    /** The same input with these roles. */
    public ExtractionInput withRoles(List<Role> found) {
        return new ExtractionInput(text, index, times, quantities, found, deals);
    }

    /** The same input with these deals. */
    public ExtractionInput withDeals(List<Deal> found) {
        return new ExtractionInput(text, index, times, quantities, roles, found);
    }
}
