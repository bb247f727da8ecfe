package org.newskg.extract;

import org.newskg.error.NewsKgException;
import org.newskg.lang.Language;
import org.newskg.extract.EntityIndex.Ref;
import org.newskg.mention.MoneyRecognizer;
import org.newskg.mention.MoneyRecognizer.Quantity;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.Deal;
import org.newskg.model.EntityType;
import org.newskg.model.Figure;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties reported numbers to what they measure ("annualized revenue exceeding $2.5 billion", "valued at around $11
 * billion", "100 million users", "about 5% of") and to their subject: the entity the clause is about, preferring a
 * possessive or the nearest name before the number. A deal's price is not repeated as a figure.
 */
public final class FigureExtractor implements FactExtractor<List<Figure>> {
    private static final Map<Pattern, String> MEASURES = measures();
    private static final Pattern PRODUCT_REFERENCE = Language.english().pattern("extract/patterns", "product-reference");
    private static final Pattern COMPANY_REFERENCE = Language.english().pattern("extract/patterns", "company-reference");
    private static final Pattern MEASURE_BEFORE = Language.english().pattern("extract/patterns", "measure-before");
    private static final Pattern PER_SHARE = Language.english().pattern("extract/patterns", "per-share");
    private final MoneyRecognizer numbers = new MoneyRecognizer();

    private static Map<Pattern, String> measures() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        for (List<String> row : Language.english().rows("extract/figure-measures")) {
            if (row.size() != 2) throw new NewsKgException("extract/figure-measures: a row needs 2 columns: " + row);
            m.put(p(row.get(1)), row.get(0));
        }
        return m;
    }

    private static Pattern p(String s) {
        return Pattern.compile("(?i)\\b(?:" + s + ")");
    }


    @Override
    public List<Figure> extract(ExtractionInput input) {
        return extract(input.text(), input.index(), input.times(), input.deals());
    }

    /** @return figures in text order */
    public List<Figure> extract(AnnotatedText text, EntityIndex index, List<TimeExpression> times, List<Deal> deals) {
        List<Figure> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.kind() != BlockKind.PARAGRAPH) continue;
            for (Quantity q : numbers.recognize(s.text())) {
                if (isDealPrice(q, deals, s)) continue;
                // "$10 worth of levels": a way of speaking, not a reported number
                if (s.text().substring(q.span().end()).matches("(?s)\\s+worth of\\b.*")) continue;
                Optional<String> measure = measure(s.text(), q);
                if (measure.isEmpty()) continue;
                Optional<Ref> subject = subject(s, q, index);
                if (subject.isEmpty()) continue;
                String unit = q.unit();
                out.add(new Figure(subject.get().key(), measure.get(), q.value(), unit, q.qualifier(),
                        SentenceTimes.dateIn(s, times), s.evidence()));
            }
        }
        return withoutRestatements(out);
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

    private static boolean close(java.math.BigDecimal a, java.math.BigDecimal b) {
        java.math.BigDecimal max = a.abs().max(b.abs());
        return max.signum() == 0 || a.subtract(b).abs().compareTo(max.multiply(java.math.BigDecimal.valueOf(0.01))) <= 0;
    }

    private static boolean isDealPrice(Quantity q, List<Deal> deals, Sentence s) {
        return deals.stream().anyMatch(d -> d.price().isPresent() && d.price().get().amount().compareTo(q.value()) == 0
                && d.evidence().stream().anyMatch(e -> e.span().equals(s.span())));
    }

    private static Optional<String> measure(String s, Quantity q) {
        if (!q.isMoney() && !q.unit().equals("percent")) {
            return Optional.of(q.unit().equals("users") || q.unit().equals("subscribers") || q.unit().equals("customers")
                    ? "users" : q.unit().equals("clients") ? "customers" : q.unit());
        }
        int from = Math.max(0, q.span().begin() - 70), to = Math.min(s.length(), q.span().end() + 40);
        String window = s.substring(from, to);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, String> e : MEASURES.entrySet()) {
            Matcher m = e.getKey().matcher(window);
            while (m.find()) {
                int at = from + m.start();
                int dist = at < q.span().begin() ? q.span().begin() - at : at - q.span().end() + 15;
                if (dist < bestDist) {
                    bestDist = dist;
                    best = e.getValue();
                }
            }
        }
        if (best == null && q.isMoney() && PER_SHARE.matcher(s.substring(q.span().end())).lookingAt()) best = "per share";
        if (best == null) {
            // the measure as the text names it, right before the amount
            Matcher before = MEASURE_BEFORE.matcher(s.substring(Math.max(0, q.span().begin() - 80), q.span().begin()));
            if (before.find()) best = before.group(1).strip();
        }
        if (best == null && q.unit().equals("percent")) best = "share";
        return Optional.ofNullable(best);
    }

    /**
     * The subject of the number: a possessive right before it ("Forge's usage was 5%"), else the first product
     * before it, else the nearest organization before it; with none, "this product" or "the company" refers to
     * the product or organization last named; else a name right after the number, in the same clause.
     */
    private static Optional<Ref> subject(Sentence s, Quantity q, EntityIndex index) {
        int at = s.span().begin() + q.span().begin();
        Ref product = null, org = null;
        for (Ref r : index.in(s.index())) {
            if (r.type() == EntityType.PERSON || r.mention().span().end() > at) continue;
            String between = s.text().substring(r.mention().span().end() - s.span().begin(), q.span().begin());
            if (between.matches("['’]s [^,;]{0,40}")) return Optional.of(r);
            if (r.type() == EntityType.PRODUCT && product == null) product = r;
            if (r.type() == EntityType.ORGANIZATION) org = r;
        }
        if (product != null) return Optional.of(product);
        if (org != null) return Optional.of(org);
        String lower = s.text().substring(0, q.span().begin()).toLowerCase(Locale.ROOT);
        if (PRODUCT_REFERENCE.matcher(lower).matches()) {
            return lastBefore(index, s.index(), EntityType.PRODUCT);
        }
        if (COMPANY_REFERENCE.matcher(lower).matches()) {
            return lastBefore(index, s.index(), EntityType.ORGANIZATION);
        }
        // "$5 billion for Globex": a name right after the number, in the same clause
        int numberEnd = s.span().begin() + q.span().end();
        return index.in(s.index()).stream().filter(r -> r.type() != EntityType.PERSON
                && r.mention().span().begin() >= numberEnd).findFirst()
                .filter(r -> r.mention().span().begin() - numberEnd <= 30
                        && !s.text().substring(q.span().end(), r.mention().span().begin() - s.span().begin()).matches("(?s).*[,;:.].*"));
    }

    private static Optional<Ref> lastBefore(EntityIndex index, int sentence, EntityType type) {
        for (int k = sentence - 1; k >= Math.max(0, sentence - 3); k--) {
            // the sentence's first such name: its subject more often than not ("Globex's game will launch on
            // the Initech Pad … the game costs $10")
            for (Ref r : index.in(k)) {
                if (r.type() == type) return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
