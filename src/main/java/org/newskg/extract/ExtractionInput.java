package org.newskg.extract;

import org.newskg.model.AnnotatedText;
import org.newskg.model.Deal;
import org.newskg.model.Role;
import org.newskg.model.TimeExpression;

import java.util.List;
import java.util.Objects;

/**
 * What every extractor reads: the analysed article, its entities, its time expressions and the facts the
 * extractors before it found. The facade fills it in pipeline order: roles after {@link RelationExtractor}, deals
 * after {@link DealExtractor}.
 *
 * @param text  the analysed article
 * @param index the resolved entities and where they are mentioned
 * @param times the time expressions, in text order
 * @param roles the roles found so far; empty before the relations are read
 * @param deals the deals found so far; empty before the deals are read
 */
public record ExtractionInput(AnnotatedText text, EntityIndex index, List<TimeExpression> times, List<Role> roles,
                              List<Deal> deals) {
    public ExtractionInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(index, "index");
        times = List.copyOf(times);
        roles = List.copyOf(roles);
        deals = List.copyOf(deals);
    }

    /** The input before any fact is extracted. */
    public static ExtractionInput of(AnnotatedText text, EntityIndex index, List<TimeExpression> times) {
        return new ExtractionInput(text, index, times, List.of(), List.of());
    }

    /** The same input with these roles. */
    public ExtractionInput withRoles(List<Role> found) {
        return new ExtractionInput(text, index, times, found, deals);
    }

    /** The same input with these deals. */
    public ExtractionInput withDeals(List<Deal> found) {
        return new ExtractionInput(text, index, times, roles, found);
    }
}
