package org.newskg.extract;

import org.newskg.model.Deal;
import org.newskg.model.DealStatus;
import org.newskg.model.Evidence;

import java.util.ArrayList;
import java.util.List;

/** How two reports of one deal in an article combine into one deal. */
final class DealMerge {
    /** Sentences kept as evidence of one deal: enough to trace it, bounded for pathological input. */
    private static final int MAX_EVIDENCE = 20;

    private DealMerge() {
    }

    /** The later report wins, except that an offer or announcement does not undo a later stage. */
    static Deal update(Deal old, Deal now) {
        boolean early = now.status() == DealStatus.PROPOSED || now.status() == DealStatus.ANNOUNCED;
        boolean later = old.status() != DealStatus.PROPOSED && old.status() != DealStatus.ANNOUNCED;
        DealStatus status = early && later ? old.status() : now.status();
        return new Deal(old.kind(), old.initiator().or(now::initiator), old.target(), old.price().or(now::price),
                status, now.date().or(old::date), append(old.evidence(), now.evidence().get(0)));
    }

    static List<Evidence> append(List<Evidence> list, Evidence e) {
        if (list.size() >= MAX_EVIDENCE || list.contains(e)) return list;
        List<Evidence> out = new ArrayList<>(list);
        out.add(e);
        return out;
    }
}
