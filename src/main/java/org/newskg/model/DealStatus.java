package org.newskg.model;

/** The state of a deal as the article last reports it. */
public enum DealStatus {
    PROPOSED, ANNOUNCED, PENDING, COMPLETED, REJECTED, STALLED, ABANDONED, BLOCKED
}
