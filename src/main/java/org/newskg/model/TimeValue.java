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
            case HALF -> start.withMonth(start.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
            case QUARTER -> start.withMonth((start.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case MONTH -> start.withDayOfMonth(1);
            case DAY -> start;
        };
    }

    public static TimeValue year(int year) {
        return new TimeValue(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** Quarter {@code q} (1–4) of {@code year}. */
    public static TimeValue quarter(int year, int q) {
        return new TimeValue(LocalDate.of(year, 3 * (q - 1) + 1, 1), Precision.QUARTER);
    }

    /** Half {@code h} (1–2) of {@code year}. */
    public static TimeValue half(int year, int h) {
        return new TimeValue(LocalDate.of(year, h == 1 ? 1 : 7, 1), Precision.HALF);
    }

    public static TimeValue month(int year, int month) {
        return new TimeValue(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static TimeValue day(LocalDate date) {
        return new TimeValue(date, Precision.DAY);
    }

    /**
     * "2021", "2021-H2", "2021-Q3", "2022-06" or "2022-06-15": the lexical form of xsd:gYear, xsd:gYearMonth or
     * xsd:date, and for halves and quarters, which XML Schema has no type for, the year and the period.
     */
    public String lexical() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case HALF -> String.format("%04d-H%d", start.getYear(), start.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> String.format("%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }

    /** The value as precise as an XML Schema date type allows: a half or a quarter gives its year. */
    public TimeValue xsd() {
        return precision == Precision.HALF || precision == Precision.QUARTER ? new TimeValue(start, Precision.YEAR) : this;
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.plusYears(1).minusDays(1);
            case HALF -> start.plusMonths(6).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
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
