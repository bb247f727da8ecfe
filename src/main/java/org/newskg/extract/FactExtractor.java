package org.newskg.extract;

/**
 * One extraction stage: reads an {@link ExtractionInput} and returns the facts of one kind it finds (a list in text
 * order, empty when there are none). Implementations are rules today; a learned extractor takes the same input.
 *
 * @param <T> what the stage finds
 */
public interface FactExtractor<T> {
    /** @return the facts found; never null */
    T extract(ExtractionInput input);
}
