package org.newskg.extract;

import org.newskg.model.AnnotatedText;
import org.newskg.model.Deal;
import org.newskg.model.Evidence;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks the deals of {@link DealExtractor}'s trigger words against the meaning of their sentences: a deal is dropped
 * when the deal-sentence detector ({@link DealSentences}) is sure, with probability {@value #VETO} or more, that every
 * sentence it was read from reports no deal ("the deal that Acme struck with regulators", "Acme wanted access to
 * Globex's patents"). The other deals are returned as they are, in their order.
 */
public final class DealsByMeaning implements FactExtractor<List<Deal>> {
    /** How sure the detector must be that a deal's sentences report none for the deal to be dropped. */
    static final double VETO = 0.9;
    private final Supplier<DealSentences> detector;

    /** With the bundled detector, loaded when a first deal needs it. */
    public DealsByMeaning() {
        this(DealSentences::bundled);
    }

    DealsByMeaning(Supplier<DealSentences> detector) {
        this.detector = detector;
    }

    @Override
    public List<Deal> extract(ExtractionInput input) {
        if (input.deals().isEmpty()) return input.deals();
        AnnotatedText text = input.text();
        Set<Integer> told = new HashSet<>();
        for (Deal d : input.deals()) for (Evidence e : d.evidence()) told.add(e.span().begin());
        List<Sentence> read = text.sentences().stream().filter(s -> told.contains(s.span().begin())).toList();
        List<DealSentences.Detection> found = detector.get().detect(read.stream()
                .map(s -> text.tokens(s.index()).stream().map(Token::text).toList()).toList());
        Set<Integer> none = new HashSet<>();
        for (int k = 0; k < read.size(); k++) {
            DealSentences.Detection d = found.get(k);
            if (d.kind().isEmpty() && d.probability() >= VETO) none.add(read.get(k).span().begin());
        }
        List<Deal> out = new ArrayList<>();
        for (Deal d : input.deals()) {
            if (!d.evidence().stream().allMatch(e -> none.contains(e.span().begin()))) out.add(d);
        }
        return List.copyOf(out);
    }
}
