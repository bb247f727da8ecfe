package org.newskg.model;

/** How precisely a date is known: never more precise than the text supports. */
public enum Precision {
    YEAR, MONTH, DAY
}
