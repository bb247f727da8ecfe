package org.newskg.model;

import java.util.Objects;

/**
 * A product and the organization that makes or develops it.
 *
 * @param product  key of the product entity
 * @param maker    key of the organization entity
 * @param evidence the sentence it was read from
 */
public record MadeBy(String product, String maker, Evidence evidence) {
    public MadeBy {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(evidence, "evidence");
    }
}
