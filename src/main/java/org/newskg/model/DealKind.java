package org.newskg.model;

/** The kinds of deal newskg extracts. */
public enum DealKind {
    ACQUISITION, INVESTMENT, HIRING, PARTNERSHIP
}
