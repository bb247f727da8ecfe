package org.newskg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date at some precision; the unused fields of {@code start} are the first day of the period.
 *
 * @param start     first day of the period
 * @param precision how much of {@code start} is meaningful
 */
public record TimeValue(LocalDate start, Precision precision) implements Comparable<TimeValue> {
    public TimeValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        start = switch (precision) {
            case YEAR -> start.withDayOfYear(1);
            case MONTH -> start.withDayOfMonth(1);
            case DAY -> start;
        };
    }

    public static TimeValue year(int year) {
        return new TimeValue(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    public static TimeValue month(int year, int month) {
        return new TimeValue(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static TimeValue day(LocalDate date) {
        return new TimeValue(date, Precision.DAY);
    }

    /** "2021", "2022-06" or "2022-06-15": the lexical form of xsd:gYear, xsd:gYearMonth or xsd:date. */
    public String lexical() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.plusYears(1).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case DAY -> start;
        };
    }

    @Override
    public int compareTo(TimeValue o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return lexical();
    }
}
