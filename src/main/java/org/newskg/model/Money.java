package org.newskg.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money.
 *
 * @param amount   the full number ("$3 billion" is 3000000000)
 * @param currency ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }
}
