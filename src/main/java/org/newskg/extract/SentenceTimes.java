package org.newskg.extract;

import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;
import org.newskg.model.TimeValue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The times a sentence gives, as every extractor reads them. */
final class SentenceTimes {
    private SentenceTimes() {
    }

    /** The first time expression inside the sentence; empty when it has none. */
    static Optional<TimeValue> dateIn(Sentence s, List<TimeExpression> times) {
        return times.stream().filter(t -> s.span().contains(t.span())).map(TimeExpression::value).findFirst();
    }

    /**
     * The time expression of the sentence closest to the offset {@code at} (in article text), one that follows it
     * winning over one as far before it; empty when the sentence has none.
     */
    static Optional<TimeValue> dateNear(Sentence s, List<TimeExpression> times, int at) {
        return times.stream().filter(t -> s.span().contains(t.span()))
                .min(Comparator.comparingInt(t -> t.span().begin() >= at ? t.span().begin() - at : (at - t.span().end()) + 20))
                .map(TimeExpression::value);
    }
}
