package org.newskg.model;

/** How precisely a date is known: never more precise than the text supports. */
public enum Precision {
    YEAR,
    /** A half year: "H1 2020", "the second half of 2019". */
    HALF,
    /** A calendar quarter: "Q3 2021", "the third quarter of 2021". */
    QUARTER,
    MONTH, DAY
}
