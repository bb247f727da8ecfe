package org.newskg.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number the article reports about an entity.
 *
 * @param subject   key of the entity the number is about
 * @param measure   what is measured: "revenue", "valuation", "users", "price", …
 * @param value     the full number
 * @param unit      ISO 4217 currency code, "percent", or a counted noun such as "users"
 * @param qualifier approximation word as written ("nearly", "about", "over"), when there is one
 * @param date      the date the number refers to, when the text gives one
 * @param evidence  the sentence it was read from
 */
public record Figure(String subject, String measure, BigDecimal value, String unit, Optional<String> qualifier,
                     Optional<TimeValue> date, Evidence evidence) {
    public Figure {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
    }
}
