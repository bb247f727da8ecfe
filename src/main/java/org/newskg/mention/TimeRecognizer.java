package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.Precision;
import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.TimeExpression;
import org.newskg.model.TimeValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.newskg.mention.TimeValues.*;

/**
 * Finds time expressions and normalizes them at the precision the text gives. Absolute dates ("June 2022",
 * "Dec. 10, 2013", "2019-11-18", "11/18/2019", "in 2021") are read as they stand and move the story's reference
 * time; partial dates ("in June", "by December", "the third quarter") take their year from the reference time;
 * deictic expressions ("last month", "earlier this year", "Tuesday", "yesterday") resolve against the publication
 * date; "a few weeks later" and "months later" resolve against the reference time. Quarters and halves ("Q3
 * 2021", "the first half of 2020") keep that precision; fiscal years ("FY2019", "fiscal 2020") give their year;
 * ranges ("2019-2021", "March to May 2024", "June 3-5, 2024") give their first and last period. Decades ("the
 * 1990s") and bare numbers are not dates.
 */
public final class TimeRecognizer {
    // every expression starts at a word boundary: testing it once before the alternatives keeps the scan fast
    private static final Pattern PATTERN = Language.english().pattern("time/patterns", "expression");
    private static final Pattern LEADING_PREPOSITION = Language.english().pattern("time/patterns", "leading-preposition");
    private static final List<String> ABSOLUTE_GROUPS = List.of("iso", "slash", "dayrange", "mdy", "dmy", "mrange", "my",
            "yrange", "fy", "period", "y", "ya");

    /**
     * @param text the analysed article; its publication date anchors relative expressions
     * @return the expressions of every non-boilerplate sentence, in text order; relative ones are left out when
     * the article has no publication date
     */
    public List<TimeExpression> recognize(AnnotatedText text) {
        Optional<LocalDate> pub = text.article().date();
        List<TimeExpression> out = new ArrayList<>();
        TimeValue ref = pub.map(TimeValue::day).orElse(null);
        for (Sentence s : text.sentences()) {
            if (s.kind() == BlockKind.BOILERPLATE || s.kind() == BlockKind.BYLINE) continue;
            Matcher m = PATTERN.matcher(s.text());
            boolean future = FUTURE.matcher(s.text()).find();
            while (m.find()) {
                Optional<Found> v = future && pub.isPresent() ? upcoming(m, pub.get()) : Optional.empty();
                if (v.isEmpty()) v = value(m, pub, ref);
                if (v.isEmpty()) continue;
                boolean absolute = ABSOLUTE_GROUPS.stream().anyMatch(g -> m.group(g) != null)
                        || m.group("qwords") != null && (m.group("qy2") != null
                        || m.group("qy1") != null && m.group("qy1").matches("\\d{4}"));
                Span span = new Span(s.span().begin() + m.start(), s.span().begin() + m.end());
                String matched = LEADING_PREPOSITION.matcher(m.group()).replaceFirst("");
                TimeValue value = v.get().value();
                out.add(new TimeExpression(span, matched, value, !absolute, v.get().until()));
                // a full date or month sets the story's reference time; a bare year ("since 2021") or a "later"
                // only moves it forward, so a passing flashback does not drag the story back
                TimeValue last = v.get().until().orElse(value);
                boolean precise = absolute && value.precision() != Precision.YEAR;
                if (precise || (absolute || m.group("later") != null) && (ref == null || last.compareTo(ref) > 0
                        || pub.isPresent() && ref.start().equals(pub.get()))) {
                    ref = precise ? value : last;
                }
            }
        }
        return out;
    }

    /** A sentence about what is to come: "will ship in May". */
    private static final Pattern FUTURE = Language.english().pattern("time/patterns", "future");

    /** "last May", "next May", "this May" say themselves which May they are. */
    private static boolean lowerStart(String g) {
        String l = g.toLowerCase(Locale.ROOT);
        return l.startsWith("last ") || l.startsWith("next ") || l.startsWith("this ");
    }

    /**
     * In a sentence about the future, a month or a day without a year ("in May", "on December 15") is the next one
     * on or after publication.
     */
    private static Optional<Found> upcoming(Matcher m, LocalDate pub) {
        try {
            if (m.group("mo") != null && !lowerStart(m.group())) {
                int mon = monthIn(m.group());
                int year = mon < pub.getMonthValue() ? pub.getYear() + 1 : pub.getYear();
                return Optional.of(new Found(TimeValue.month(year, mon), Optional.empty()));
            }
            if (m.group("md") != null || m.group("dm") != null) {
                LocalDate d = LocalDate.of(pub.getYear(), monthIn(m.group()), find(P_DAY, m.group()));
                return Optional.of(new Found(TimeValue.day(d.isBefore(pub) ? d.plusYears(1) : d), Optional.empty()));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

}
