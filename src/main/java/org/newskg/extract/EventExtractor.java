package org.newskg.extract;

import org.newskg.lang.Language;
import org.newskg.extract.EntityIndex.Ref;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.Deal;
import org.newskg.model.Event;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One event per distinct date in a body sentence that also names a participant or a happening: the label is the
 * clause that holds the date, cut to a readable length; the participants are the entities the sentence names.
 */
public final class EventExtractor implements FactExtractor<List<Event>> {
    private static final int MAX_LABEL = 180;
    private static final Pattern QUOTE_ONLY = Pattern.compile("^[\"“].*[\"”]$");


    @Override
    public List<Event> extract(ExtractionInput input) {
        return extract(input.text(), input.index(), input.times(), input.deals());
    }

    /**
     * @param deals the article's deals: a sentence that reports on a deal ("By July, Acme abandoned the deal")
     *              has the deal's parties among its participants
     * @return events in date order, then text order
     */
    public List<Event> extract(AnnotatedText text, EntityIndex index, List<TimeExpression> times, List<Deal> deals) {
        List<Event> out = new ArrayList<>();
        headline(text, index, times).ifPresent(out::add);
        for (Sentence s : text.sentences()) {
            if (s.kind() != BlockKind.PARAGRAPH || QUOTE_ONLY.matcher(s.text()).matches()) continue;
            Set<String> dates = new LinkedHashSet<>();
            for (TimeExpression t : times) {
                if (!s.span().contains(t.span()) || t.text().matches("(?i)today|now")) continue;
                // a range ("from 2004 to 2014") dates what began and what ended
                List<org.newskg.model.TimeValue> when = new ArrayList<>(List.of(t.value()));
                t.until().ifPresent(when::add);
                for (org.newskg.model.TimeValue v : when) {
                    if (!dates.add(v.lexical())) continue;
                    List<String> participants = new ArrayList<>(index.in(s.index()).stream().map(Ref::key).toList());
                    for (Deal d : deals) {
                        if (d.evidence().stream().anyMatch(e -> e.span().equals(s.span()))) {
                            d.initiator().ifPresent(participants::add);
                            participants.add(d.target());
                        }
                    }
                    out.add(new Event(label(s.text()), v, participants.stream().distinct().toList(), s.evidence()));
                }
            }
        }
        out.sort(Comparator.comparing(Event::date));
        return out;
    }

    /** A headline that announces something ("Acme agrees to buy Widget") happened on the publication date. */
    private static java.util.Optional<Event> headline(AnnotatedText text, EntityIndex index, List<TimeExpression> times) {
        if (text.article().date().isEmpty()) return java.util.Optional.empty();
        for (Sentence s : text.sentences()) {
            if (s.kind() != BlockKind.TITLE) continue;
            boolean dated = times.stream().anyMatch(t -> s.span().contains(t.span()));
            if (dated || !NEWS_VERB.matcher(s.text()).find()) return java.util.Optional.empty();
            List<String> participants = index.in(s.index()).stream().map(Ref::key).distinct().toList();
            return java.util.Optional.of(new Event(label(s.text()), org.newskg.model.TimeValue.day(text.article().date().get()),
                    participants, s.evidence()));
        }
        return java.util.Optional.empty();
    }

    private static final Pattern NEWS_VERB = Pattern.compile("(?i)\\b(" + String.join("|",
            Language.english().list("extract/news-verbs")) + ")\\b");

    static String label(String sentence) {
        String s = sentence.strip();
        if (s.length() <= MAX_LABEL) return s;
        int cut = s.lastIndexOf(' ', MAX_LABEL);
        return s.substring(0, cut > 40 ? cut : MAX_LABEL) + " …";
    }
}
