package org.newskg.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated happening for the timeline.
 *
 * @param label        short human-readable description built from the sentence
 * @param date         when it happened, at the precision the text gives
 * @param participants keys of the entities taking part
 * @param evidence     the sentence it was read from
 */
public record Event(String label, TimeValue date, List<String> participants, Evidence evidence) {
    public Event {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        participants = List.copyOf(participants);
        Objects.requireNonNull(evidence, "evidence");
    }
}
