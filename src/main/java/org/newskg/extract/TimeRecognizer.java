package org.newskg.extract;

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

/**
 * Finds time expressions and normalizes them at the precision the text gives. Absolute dates ("June 2022",
 * "Dec. 10, 2013", "2019-11-18", "in 2021") are read as they stand and move the story's reference time; partial
 * dates ("in June", "by December") take their year from the reference time; deictic expressions ("last month",
 * "earlier this year", "Tuesday", "yesterday") resolve against the publication date; "a few weeks later" and
 * "months later" resolve against the reference time.
 */
public final class TimeRecognizer {
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern PATTERN = Pattern.compile(
            "(?<iso>\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b)"
                    + "|(?<mdy>\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? " + YEAR + "\\b)"
                    + "|(?<dmy>\\b(\\d{1,2}) " + MONTH + ",? " + YEAR + "\\b)"
                    + "|(?<my>\\b" + MONTH + ",? (?:of )?" + YEAR + "\\b)"
                    + "|(?<md>\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d))"
                    + "|(?<q>\\b(?:Q([1-4])|H([12])|FY) ?'?" + YEAR + "\\b)"
                    + "|(?<quarter>\\b(first|second|third|fourth) quarter (?:of )?" + YEAR + "\\b)"
                    + "|(?<y>\\b(?:(?i:in|since|by|until|during|of|from|to|through|early|late|mid|mid-|before|after|around|for|between|and|the end of|the start of|the beginning of|summer|spring|fall|autumn|winter)[ -])" + YEAR + "(?![-\\d,]|\\.\\d| ?%| (?i:percent|people|employees|users|engineers|units)))"
                    + "|(?<ya>(?<![\\d$€£.,/-])" + YEAR + "(?![\\d]|[.,]\\d| ?%| ?(?i:percent|people|employees|users|engineers|units|jobs|workers|shares|dollars|million|billion|\\w+ (?:dollars|users))\\b))"
                    + "|(?<mo>\\b(?i:in|by|since|until|during|early|late|mid|mid-|last|next|this|of|the end of|the start of|the beginning of|through|before|after) " + MONTH + "\\b(?! \\d))"
                    + "|(?<rel>\\b(?i:last|this|next|earlier this|later this|earlier last|late last|early last|early this|late this|the previous|the following|the next|the past) (?i:year|month|week|quarter)\\b)"
                    + "|(?<later>\\b(?i:(?:a few|several|two|three|four|six|some|a couple of|a|one) )?(?i:days?|weeks?|months?|years?) (?i:later|after(?:ward)?s?)\\b)"
                    + "|(?<ago>\\b(?i:(?:a few|several|two|three|four|five|six|ten|a couple of|a|one) )(?i:days?|weeks?|months?|years?) ago\\b)"
                    + "|(?<deictic>\\b(?i:yesterday|today|tomorrow)\\b)"
                    + "|(?<wd>\\b(?:on |last |this |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)");

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
            while (m.find()) {
                Optional<TimeValue> v = value(m, pub, ref);
                if (v.isEmpty()) continue;
                boolean absolute = m.group("iso") != null || m.group("mdy") != null || m.group("dmy") != null
                        || m.group("my") != null || m.group("y") != null || m.group("ya") != null || m.group("q") != null
                        || m.group("quarter") != null;
                Span span = new Span(s.span().begin() + m.start(), s.span().begin() + m.end());
                String matched = m.group().replaceFirst("^(?i)(in|by|since|until|during|of|from|through|on|for|around|before|after|and|between) ", "");
                out.add(new TimeExpression(span, matched, v.get(), !absolute));
                // a full date or month sets the story's reference time; a bare year ("since 2021") or a "later"
                // only moves it forward, so a passing flashback does not drag the story back
                boolean precise = absolute && v.get().precision() != Precision.YEAR;
                if (precise || (absolute || m.group("later") != null) && (ref == null || v.get().compareTo(ref) > 0
                        || pub.isPresent() && ref.start().equals(pub.get()))) {
                    ref = v.get();
                }
            }
        }
        return out;
    }

    private static final Pattern P_MONTH = Pattern.compile(MONTH);
    private static final Pattern P_YEAR = Pattern.compile(YEAR);
    private static final Pattern P_DAY = Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])");

    private static Optional<TimeValue> value(Matcher m, Optional<LocalDate> pub, TimeValue ref) {
        String g = m.group();
        try {
            if (m.group("iso") != null) {
                return Optional.of(TimeValue.day(LocalDate.parse(g)));
            }
            if (m.group("mdy") != null || m.group("dmy") != null) {
                int year = find(P_YEAR, g.substring(g.length() - 4));
                String rest = g.substring(0, g.length() - 4);
                return Optional.of(TimeValue.day(LocalDate.of(year, monthIn(rest), find(P_DAY, rest))));
            }
            if (m.group("my") != null) {
                return Optional.of(TimeValue.month(find(P_YEAR, g), monthIn(g)));
            }
            if (m.group("q") != null || m.group("quarter") != null || m.group("y") != null || m.group("ya") != null) {
                Matcher y = P_YEAR.matcher(g);
                int year = 0;
                while (y.find()) year = Integer.parseInt(y.group());
                return Optional.of(TimeValue.year(year));
            }
            if (ref == null) return Optional.empty();
            if (m.group("md") != null) {
                LocalDate d = LocalDate.of(ref.start().getYear(), monthIn(g), find(P_DAY, g));
                return Optional.of(TimeValue.day(notAfter(d, pub, true)));
            }
            if (pub.isEmpty()) return Optional.empty();
            LocalDate p = pub.get();
            String lg = g.toLowerCase(Locale.ROOT);
            if (m.group("mo") != null) {
                int mon = monthIn(g);
                if (lg.startsWith("last ")) {
                    LocalDate d = LocalDate.of(p.getYear(), mon, 1);
                    return Optional.of(TimeValue.month(d.isBefore(p.withDayOfMonth(1)) ? p.getYear() : p.getYear() - 1, mon));
                }
                if (lg.startsWith("next ")) {
                    LocalDate d = LocalDate.of(p.getYear(), mon, 1);
                    return Optional.of(TimeValue.month(d.isAfter(p) ? p.getYear() : p.getYear() + 1, mon));
                }
                if (lg.startsWith("this ")) return Optional.of(TimeValue.month(p.getYear(), mon));
                LocalDate d = notAfter(LocalDate.of(ref.start().getYear(), mon, 1), pub, false);
                return Optional.of(TimeValue.month(d.getYear(), mon));
            }
            if (m.group("rel") != null) {
                int sign = lg.contains("last") || lg.contains("previous") || lg.contains("past") ? -1
                        : lg.contains("next") || lg.contains("following") ? 1 : 0;
                LocalDate base = lg.contains("previous") || lg.contains("following") ? ref.start() : p;
                if (lg.endsWith("year")) return Optional.of(TimeValue.year(base.getYear() + sign));
                if (lg.endsWith("quarter")) return Optional.of(TimeValue.year(base.plusMonths(3L * sign).getYear()));
                LocalDate d = lg.endsWith("month") ? base.plusMonths(sign) : base.plusWeeks(sign);
                return Optional.of(TimeValue.month(d.getYear(), d.getMonthValue()));
            }
            if (m.group("later") != null) {
                return Optional.of(shift(ref, lg, 1));
            }
            if (m.group("ago") != null) {
                return Optional.of(shift(TimeValue.day(p), lg, -1));
            }
            if (m.group("deictic") != null) {
                return Optional.of(TimeValue.day(lg.equals("yesterday") ? p.minusDays(1) : lg.equals("tomorrow") ? p.plusDays(1) : p));
            }
            if (m.group("wd") != null) {
                DayOfWeek dow = DayOfWeek.valueOf(lg.replaceFirst("^(on|last|this|next) ", "").toUpperCase(Locale.ROOT));
                LocalDate d = lg.startsWith("next ") ? p.with(TemporalAdjusters.next(dow))
                        : p.with(TemporalAdjusters.previousOrSame(dow));
                return Optional.of(TimeValue.day(d));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int find(Pattern p, String s) {
        Matcher x = p.matcher(s);
        if (!x.find()) throw new IllegalArgumentException("no match in " + s);
        return Integer.parseInt(x.group(1) != null ? x.group(1) : x.group());
    }

    private static int monthIn(String s) {
        Matcher x = P_MONTH.matcher(s);
        if (!x.find()) throw new IllegalArgumentException("no month in " + s);
        return month(x.group(1));
    }

    /** "a few weeks later": the month a few weeks after the reference; "a year later": the next year. */
    private static TimeValue shift(TimeValue ref, String g, int sign) {
        int n = g.matches("^(a few|several|some) .*") ? 3 : g.matches("^(a|one) .*") ? 1 : g.matches("^(two|a couple of) .*") ? 2 : g.startsWith("three") ? 3
                : g.startsWith("four") ? 4 : g.startsWith("five") ? 5 : g.startsWith("six") ? 6 : g.startsWith("ten") ? 10 : 3;
        LocalDate base = ref.precision() == Precision.DAY ? ref.start() : ref.start().plusDays(14);
        if (g.contains("year")) return TimeValue.year(base.plusYears((long) sign * n).getYear());
        LocalDate d = g.contains("month") ? base.plusMonths((long) sign * n)
                : g.contains("week") ? base.plusWeeks((long) sign * n) : base.plusDays((long) sign * n);
        return g.contains("day") && !g.contains("days later") && ref.precision() == Precision.DAY
                ? TimeValue.day(d) : TimeValue.month(d.getYear(), d.getMonthValue());
    }

    /** News speaks of the past: a month without a year that would fall after publication belongs to the year before. */
    private static LocalDate notAfter(LocalDate d, Optional<LocalDate> pub, boolean day) {
        if (pub.isPresent() && d.isAfter(pub.get().plusDays(day ? 45 : 31))) return d.minusYears(1);
        return d;
    }

    static int month(String s) {
        String k = s.toLowerCase(Locale.ROOT).substring(0, 3);
        int m = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(k) + 1;
        if (m == 0) throw new IllegalArgumentException("not a month: " + s);
        return m;
    }
}
