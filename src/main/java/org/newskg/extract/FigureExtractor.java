package org.newskg.extract;

import org.newskg.extract.EntityIndex.Ref;
import org.newskg.extract.FigureSubject.Carried;
import org.newskg.lang.Language;
import org.newskg.mention.MoneyRecognizer.Quantity;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.Deal;
import org.newskg.model.Figure;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every reported quantity with what it measures and what it is about: amounts of money, percentages, counts of a
 * noun and measurements in units ("annualized revenue exceeding $2.5 billion", "100 million users", "a
 * 149-horsepower engine", "six safety systems"). The measure is read by {@link FigureMeasure}, the subject by
 * {@link FigureSubject}. Not figures: a deal's price, a way of speaking ("$10 worth of levels"), a number
 * restated in other units ("39 miles (63 kilometers)") and the far end of a standard range ("zero to 60 mph").
 */
public final class FigureExtractor implements FactExtractor<List<Figure>> {
    private static final Language EN = Language.english();
    private static final Pattern RANGE_END = EN.pattern("extract/patterns", "range-end");
    private static final Pattern DEAL_PRICE_AFTER = EN.pattern("extract/patterns", "deal-price-after");
    private static final Pattern CONVERSION = EN.pattern("extract/patterns", "conversion-between");
    /** @return figures in text order */
    @Override
    public List<Figure> extract(ExtractionInput input) {
        AnnotatedText text = input.text();
        List<TimeExpression> times = input.times();
        List<Deal> deals = input.deals();
        EntityIndex index = input.index();
        FigureSubject subjects = new FigureSubject(index);
        List<Figure> out = new ArrayList<>();
        Optional<Carried> carried = Optional.empty();
        for (Sentence s : text.sentences()) {
            if (s.kind() != BlockKind.PARAGRAPH) continue;
            Quantity previous = null;
            for (Quantity q : input.quantities(s)) {
                boolean skip = notAFigure(s, q, previous, deals);
                previous = q;
                if (skip) continue;
                Optional<Ref> subject = subjects.of(s, q, carried);
                if (subject.isEmpty()) continue;
                carried = Optional.of(new Carried(subject.get(), s.index()));
                String measure = FigureMeasure.of(s.text(), text.tokens(s.index()), s.span().begin(), q);
                out.add(new Figure(subject.get().key(), measure, q.value(), q.unit(), q.qualifier(),
                        SentenceTimes.dateIn(s, times), s.evidence()));
            }
        }
        return withoutRestatements(out);
    }

    private static boolean notAFigure(Sentence s, Quantity q, Quantity previous, List<Deal> deals) {
        String text = s.text();
        if (isDealPrice(q, deals, s)) return true;
        if (q.isMoney() && DEAL_PRICE_AFTER.matcher(text.substring(q.span().end())).lookingAt()) return true;
        // "$10 worth of levels": a way of speaking, not a reported number
        if (text.substring(q.span().end()).matches("(?s)\\s+worth of\\b.*")) return true;
        if (RANGE_END.matcher(text.substring(Math.max(0, q.span().begin() - 12), q.span().begin())).find()) return true;
        return previous != null && previous.span().end() <= q.span().begin()
                && CONVERSION.matcher(text.substring(previous.span().end(), q.span().begin())).matches();
    }

    /** "$9.99 … for $10": the same measure of the same subject, rounded, is said once; the dated statement stays. */
    private static List<Figure> withoutRestatements(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            Figure same = out.stream().filter(o -> o.subject().equals(f.subject()) && o.measure().equals(f.measure())
                    && o.unit().equals(f.unit()) && close(o.value(), f.value())).findFirst().orElse(null);
            if (same == null) {
                out.add(f);
            } else if (same.date().isEmpty() && f.date().isPresent()) {
                out.set(out.indexOf(same), f);
            }
        }
        return out;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        BigDecimal max = a.abs().max(b.abs());
        return max.signum() == 0 || a.subtract(b).abs().compareTo(max.multiply(BigDecimal.valueOf(0.01))) <= 0;
    }

    private static boolean isDealPrice(Quantity q, List<Deal> deals, Sentence s) {
        return deals.stream().anyMatch(d -> d.price().isPresent() && d.price().get().amount().compareTo(q.value()) == 0
                && d.evidence().stream().anyMatch(e -> e.span().equals(s.span())));
    }
}
