package org.newskg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An acquisition, investment, hiring or partnership between two parties.
 *
 * @param kind      what kind of deal
 * @param initiator key of the party that buys, invests, hires or proposes; empty when the text does not say
 * @param target    key of the party bought, invested in, hired or partnered with
 * @param price     the deal's amount, when given
 * @param status    the last state the article reports
 * @param date      when the deal happened or was reported, when the text says
 * @param evidence  the sentences it was read from, first one first
 */
public record Deal(DealKind kind, Optional<String> initiator, String target, Optional<Money> price,
                   DealStatus status, Optional<TimeValue> date, List<Evidence> evidence) {
    public Deal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a deal needs evidence");
        }
    }
}
