package org.newskg.extract;

import org.newskg.extract.EntityIndex.Ref;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
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
public final class EventExtractor {
    private static final int MAX_LABEL = 180;
    private static final Pattern QUOTE_ONLY = Pattern.compile("^[\"“].*[\"”]$");

    /** @return events in date order, then text order */
    public List<Event> extract(AnnotatedText text, EntityIndex index, List<TimeExpression> times) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.kind() != BlockKind.PARAGRAPH || QUOTE_ONLY.matcher(s.text()).matches()) continue;
            Set<String> dates = new LinkedHashSet<>();
            for (TimeExpression t : times) {
                if (!s.span().contains(t.span()) || !dates.add(t.value().lexical())) continue;
                if (t.text().matches("(?i)today|now")) continue;
                List<String> participants = index.in(s.index()).stream().map(Ref::key).distinct().toList();
                out.add(new Event(label(s.text()), t.value(), participants, s.evidence()));
            }
        }
        out.sort(Comparator.comparing(Event::date));
        return out;
    }

    static String label(String sentence) {
        String s = sentence.strip();
        if (s.length() <= MAX_LABEL) return s;
        int cut = s.lastIndexOf(' ', MAX_LABEL);
        return s.substring(0, cut > 40 ? cut : MAX_LABEL) + " …";
    }
}
