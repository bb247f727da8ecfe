package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.Precision;
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
 * The values of the time expressions {@link TimeRecognizer} finds: absolute dates, ranges, relative dates
 * ("last Tuesday", "two years ago") resolved against the publication date or the story's own dates, and periods
 * (quarters, halves, fiscal years).
 */
final class TimeValues {
    private static final Pattern P_MONTH = Language.english().pattern("time/patterns", "month");
    private static final Pattern P_YEAR = Language.english().pattern("time/patterns", "year");
    private static final Pattern WEEKDAY_PREFIX = Language.english().pattern("time/patterns", "weekday-prefix");
    private static final Pattern FEW = Language.english().pattern("time/patterns", "few");
    /** The rows of {@code time/words.tsv}: word, kind, value. */
    private static final List<List<String>> WORDS = Language.english().rows("time/words");
    static final Pattern P_DAY = Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])");
    /** Month abbreviations in calendar order. */
    private static final List<String> MONTHS = Language.english().list("time/month-abbreviations");

    private TimeValues() {
    }

    record Found(TimeValue value, Optional<TimeValue> until) {
    }

    static Optional<Found> value(Matcher m, Optional<LocalDate> pub, TimeValue ref) {
        try {
            Optional<TimeValue> absolute = absolute(m, pub, ref);
            if (absolute.isPresent()) return Optional.of(new Found(absolute.get(), Optional.empty()));
            Optional<Found> range = range(m);
            if (range.isPresent()) return range;
            return relative(m, pub, ref).map(v -> new Found(v, Optional.empty()));
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<TimeValue> absolute(Matcher m, Optional<LocalDate> pub, TimeValue ref) {
        String g = m.group();
        if (m.group("iso") != null) return Optional.of(TimeValue.day(LocalDate.parse(g)));
        if (m.group("slash") != null) {
            int a = Integer.parseInt(m.group("sa")), b = Integer.parseInt(m.group("sb")), y = Integer.parseInt(m.group("sy"));
            // month first, as American news writes it, unless the first number cannot be a month
            return Optional.of(TimeValue.day(a > 12 ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b)));
        }
        if (m.group("mdy") != null || m.group("dmy") != null) {
            int year = find(P_YEAR, g.substring(g.length() - 4));
            String rest = g.substring(0, g.length() - 4);
            return Optional.of(TimeValue.day(LocalDate.of(year, monthIn(rest), find(P_DAY, rest))));
        }
        if (m.group("my") != null) return Optional.of(TimeValue.month(find(P_YEAR, g), monthIn(g)));
        if (m.group("fy") != null && m.group("fyend") == null) {
            Matcher d = Pattern.compile("(\\d{2,4})\\b").matcher(g);
            if (!d.find()) return Optional.empty();
            return Optional.of(TimeValue.year(fullYear(d.group(1))));
        }
        if (m.group("period") != null) {
            String kind = m.group("pk1") != null ? m.group("pk1") : m.group("pk2");
            int n = Integer.parseInt(m.group("pn1") != null ? m.group("pn1") : m.group("pn2"));
            return Optional.of(period(kind, n, fullYear(m.group("py"))));
        }
        if (m.group("qwords") != null) {
            int n = ordinal(m.group("qo"));
            String kind = m.group("qk").toLowerCase(Locale.ROOT).startsWith("q") ? "Q" : "H";
            String which = m.group("qy1") != null ? m.group("qy1") : m.group("qy2");
            Optional<Integer> year = which == null ? Optional.empty() : yearOf(which, pub, ref);
            if (year.isPresent()) return Optional.of(period(kind, n, year.get()));
            return latestStarted(kind, n, pub, ref);
        }
        if (m.group("qbare") != null) {
            return latestStarted(m.group("bk"), Integer.parseInt(m.group("bn")), pub, ref);
        }
        if (m.group("y") != null || m.group("ya") != null) {
            Matcher y = P_YEAR.matcher(g);
            int year = 0;
            while (y.find()) year = Integer.parseInt(y.group());
            return Optional.of(TimeValue.year(year));
        }
        return Optional.empty();
    }

    static Optional<Found> range(Matcher m) {
        String g = m.group();
        if (m.group("dayrange") != null) {
            int year = find(P_YEAR, g.substring(g.length() - 4));
            int month = monthIn(g);
            Matcher d = Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])").matcher(g.substring(0, g.length() - 4));
            d.find();
            int first = Integer.parseInt(d.group(1));
            d.find();
            int last = Integer.parseInt(d.group(1));
            if (last <= first) return Optional.empty();
            return Optional.of(new Found(TimeValue.day(LocalDate.of(year, month, first)),
                    Optional.of(TimeValue.day(LocalDate.of(year, month, last)))));
        }
        if (m.group("fy") != null) {
            Matcher d = Pattern.compile("(\\d{2,4})\\b").matcher(g);
            d.find();
            int first = fullYear(d.group(1));
            String end = m.group("fyend");
            int last = end.length() == 2 ? first / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
            if (last != first + 1) return Optional.of(new Found(TimeValue.year(first), Optional.empty()));
            return Optional.of(new Found(TimeValue.year(first), Optional.of(TimeValue.year(last))));
        }
        if (m.group("mrange") != null) {
            Matcher mo = P_MONTH.matcher(g);
            mo.find();
            int first = month(mo.group(1));
            mo.find();
            int last = month(mo.group(1));
            List<Integer> years = new ArrayList<>();
            Matcher y = P_YEAR.matcher(g);
            while (y.find()) years.add(Integer.parseInt(y.group()));
            int endYear = years.get(years.size() - 1);
            int startYear = years.size() > 1 ? years.get(0) : first <= last ? endYear : endYear - 1;
            TimeValue start = TimeValue.month(startYear, first), end = TimeValue.month(endYear, last);
            if (end.compareTo(start) <= 0) return Optional.empty();
            return Optional.of(new Found(start, Optional.of(end)));
        }
        if (m.group("yrange") != null) {
            int first = find(P_YEAR, g);
            String tail = g.replaceAll(".*?(\\d+)$", "$1");
            int last = tail.length() == 2 ? first / 100 * 100 + Integer.parseInt(tail) : Integer.parseInt(tail);
            if (last <= first || last - first > 50) {
                return Optional.of(new Found(TimeValue.year(first), Optional.empty()));
            }
            return Optional.of(new Found(TimeValue.year(first), Optional.of(TimeValue.year(last))));
        }
        return Optional.empty();
    }

    static Optional<TimeValue> relative(Matcher m, Optional<LocalDate> pub, TimeValue ref) {
        String g = m.group();
        if (ref == null) return Optional.empty();
        if (m.group("md") != null || m.group("dm") != null) {
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
            boolean story = lg.contains("previous") || lg.contains("following") || lg.startsWith("the next");
            LocalDate base = story ? ref.start() : p;
            if (lg.endsWith("year")) return Optional.of(TimeValue.year(base.getYear() + sign));
            if (lg.endsWith("quarter")) {
                LocalDate d = base.plusMonths(3L * sign);
                return Optional.of(TimeValue.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1));
            }
            if (lg.endsWith("day")) {
                if (story && ref.precision() != Precision.DAY) return Optional.empty();
                return Optional.of(TimeValue.day(base.plusDays(sign)));
            }
            LocalDate d = lg.endsWith("month") ? base.plusMonths(sign) : base.plusWeeks(sign);
            return Optional.of(TimeValue.month(d.getYear(), d.getMonthValue()));
        }
        if (m.group("later") != null) {
            return Optional.of(shift(ref, lg, lg.endsWith("earlier") ? -1 : 1));
        }
        if (m.group("ago") != null) {
            return Optional.of(shift(TimeValue.day(p), lg, -1));
        }
        if (m.group("deictic") != null) {
            return Optional.of(TimeValue.day(p.plusDays(word("day-offset", lg).orElse(0))));
        }
        if (m.group("wd") != null) {
            DayOfWeek dow = DayOfWeek.of(word("weekday", WEEKDAY_PREFIX.matcher(lg).replaceFirst("")).orElseThrow(
                    () -> new IllegalArgumentException("no weekday in " + lg)));
            LocalDate d = lg.startsWith("next ") ? p.with(TemporalAdjusters.next(dow))
                    : lg.startsWith("last ") ? p.with(TemporalAdjusters.previous(dow))
                    : p.with(TemporalAdjusters.previousOrSame(dow));
            return Optional.of(TimeValue.day(d));
        }
        return Optional.empty();
    }

    static TimeValue period(String kind, int n, int year) {
        if (kind.equals("H")) {
            if (n > 2) throw new IllegalArgumentException("no half " + n);
            return TimeValue.half(year, n);
        }
        return TimeValue.quarter(year, n);
    }

    /** "the third quarter" with no year: of the story's year, or the latest such period begun by publication. */
    static Optional<TimeValue> latestStarted(String kind, int n, Optional<LocalDate> pub, TimeValue ref) {
        if (ref == null) return Optional.empty();
        if (pub.isEmpty() || !ref.start().equals(pub.get())) return Optional.of(period(kind, n, ref.start().getYear()));
        LocalDate p = pub.get();
        TimeValue same = period(kind, n, p.getYear());
        return Optional.of(same.start().isAfter(p) ? period(kind, n, p.getYear() - 1) : same);
    }

    static Optional<Integer> yearOf(String which, Optional<LocalDate> pub, TimeValue ref) {
        String w = which.toLowerCase(Locale.ROOT);
        if (w.matches("\\d{4}")) return Optional.of(Integer.parseInt(w));
        if (w.equals("the year") || w.equals("the same year")) {
            return ref == null ? Optional.empty() : Optional.of(ref.start().getYear());
        }
        if (pub.isEmpty()) return Optional.empty();
        int y = pub.get().getYear();
        return Optional.of(w.startsWith("last") ? y - 1 : w.startsWith("next") ? y + 1 : y);
    }

    static int ordinal(String s) {
        return word("ordinal", s.toLowerCase(Locale.ROOT)).orElse(4);
    }

    /** "21" is 2021, "98" is 1998; four digits are read as they stand. */
    static int fullYear(String digits) {
        if (digits.length() == 4) return Integer.parseInt(digits);
        int yy = Integer.parseInt(digits);
        return yy < 70 ? 2000 + yy : 1900 + yy;
    }

    static int find(Pattern p, String s) {
        Matcher x = p.matcher(s);
        if (!x.find()) throw new IllegalArgumentException("no match in " + s);
        return Integer.parseInt(x.group(1) != null ? x.group(1) : x.group());
    }

    static int monthIn(String s) {
        Matcher x = P_MONTH.matcher(s);
        if (!x.find()) throw new IllegalArgumentException("no month in " + s);
        return month(x.group(1));
    }

    /** "a few weeks later": the month a few weeks after the reference; "a year later": the next year. */
    static TimeValue shift(TimeValue ref, String g, int sign) {
        int n = 3;
        for (List<String> row : WORDS) {
            if (row.get(1).equals("count") && g.startsWith(row.get(0) + " ")) {
                n = Integer.parseInt(row.get(2));
                break;
            }
        }
        LocalDate base = ref.precision() == Precision.DAY ? ref.start() : ref.start().plusDays(14);
        if (g.contains("year")) return TimeValue.year(base.plusYears((long) sign * n).getYear());
        LocalDate d = g.contains("month") ? base.plusMonths((long) sign * n)
                : g.contains("week") ? base.plusWeeks((long) sign * n) : base.plusDays((long) sign * n);
        return g.contains("day") && ref.precision() == Precision.DAY && !FEW.matcher(g).matches()
                ? TimeValue.day(d) : TimeValue.month(d.getYear(), d.getMonthValue());
    }

    /** News speaks of the past: a month without a year that would fall after publication belongs to the year before. */
    static LocalDate notAfter(LocalDate d, Optional<LocalDate> pub, boolean day) {
        if (pub.isPresent() && d.isAfter(pub.get().plusDays(day ? 45 : 31))) return d.minusYears(1);
        return d;
    }

    static int month(String s) {
        String k = s.toLowerCase(Locale.ROOT).substring(0, 3);
        int m = MONTHS.indexOf(k) + 1;
        if (m == 0) throw new IllegalArgumentException("not a month: " + s);
        return m;
    }

    /** The value of {@code word} as a word of {@code kind} in {@code time/words.tsv}. */
    static Optional<Integer> word(String kind, String word) {
        for (List<String> row : WORDS) {
            if (row.get(1).equals(kind) && row.get(0).equals(word)) return Optional.of(Integer.parseInt(row.get(2)));
        }
        return Optional.empty();
    }
}
