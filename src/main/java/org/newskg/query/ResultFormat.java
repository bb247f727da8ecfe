package org.newskg.query;

/** How query results are printed. */
public enum ResultFormat {
    CSV, TSV, JSON, TABLE
}
