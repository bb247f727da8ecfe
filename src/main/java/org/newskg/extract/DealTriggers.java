package org.newskg.extract;

import org.newskg.error.NewsKgException;
import org.newskg.lang.Language;
import org.newskg.model.DealKind;
import org.newskg.model.DealStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words that make a deal and the words that give its status, read from the language pack's tables
 * {@code extract/deal-triggers.tsv} and {@code extract/deal-status.tsv}.
 */
final class DealTriggers {
    /**
     * One trigger.
     *
     * @param pattern  what it matches
     * @param kind     the kind of deal it makes
     * @param reversed whether the target comes before the trigger (passives, sales)
     * @param status   the status the trigger itself gives
     */
    record Trigger(Pattern pattern, DealKind kind, boolean reversed, DealStatus status) {
    }

    private DealTriggers() {
    }

    /** The triggers of a language, in priority order. */
    static List<Trigger> triggers(Language language) {
        List<Trigger> out = new ArrayList<>();
        for (List<String> row : language.rows("extract/deal-triggers")) {
            if (row.size() != 4) throw new NewsKgException("extract/deal-triggers: a row needs 4 columns: " + row);
            out.add(new Trigger(Pattern.compile("\\b(?:" + row.get(3) + ")\\b", Pattern.CASE_INSENSITIVE),
                    DealKind.valueOf(row.get(0)), Boolean.parseBoolean(row.get(1)), DealStatus.valueOf(row.get(2))));
        }
        return List.copyOf(out);
    }

    /** The status words of a language, in the order they are tried. */
    static Map<Pattern, DealStatus> statusWords(Language language) {
        Map<Pattern, DealStatus> out = new LinkedHashMap<>();
        for (List<String> row : language.rows("extract/deal-status")) {
            if (row.size() != 2) throw new NewsKgException("extract/deal-status: a row needs 2 columns: " + row);
            out.put(Pattern.compile(row.get(1)), DealStatus.valueOf(row.get(0)));
        }
        return out;
    }
}
