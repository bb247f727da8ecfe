package org.newskg.extract;

import org.newskg.error.NewsKgException;
import org.newskg.lang.Language;
import org.newskg.mention.MoneyRecognizer.Quantity;
import org.newskg.model.Token;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reported number measures. A count or a measurement names it itself ("30,154 vehicles", "149
 * horsepower"). For an amount or a percentage: the nearest measure of {@code extract/figure-measures} ("revenue",
 * "valuation"), "per share", the words right before it ("a campaign budget of $449,000"), else the noun phrase the
 * clause opens with, read by part of speech ("The average retail price of a new vehicle sold in October was
 * $39,014"), else "amount" or "share".
 */
final class FigureMeasure {
    private static final Language EN = Language.english();
    private static final Map<Pattern, String> MEASURES = measures();
    private static final Pattern MEASURE_BEFORE = EN.pattern("extract/patterns", "measure-before");
    private static final Pattern PER_SHARE = EN.pattern("extract/patterns", "per-share");

    private FigureMeasure() {
    }

    private static Map<Pattern, String> measures() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        for (List<String> row : EN.rows("extract/figure-measures")) {
            if (row.size() != 2) throw new NewsKgException("extract/figure-measures: a row needs 2 columns: " + row);
            m.put(Pattern.compile("(?i)\\b(?:" + row.get(1) + ")"), row.get(0));
        }
        return m;
    }

    /**
     * @param s      the sentence's text
     * @param tokens the sentence's tokens
     * @param offset where the sentence begins in the article text
     */
    static String of(String s, List<Token> tokens, int offset, Quantity q) {
        if (!q.isMoney() && !q.unit().equals("percent")) {
            return q.unit().equals("users") || q.unit().equals("subscribers") || q.unit().equals("customers")
                    ? "users" : q.unit().equals("clients") ? "customers" : q.unit();
        }
        String listed = listed(s, q);
        if (listed != null) return listed;
        if (q.isMoney() && PER_SHARE.matcher(s.substring(q.span().end())).lookingAt()) return "per share";
        // the measure as the text names it, right before the amount
        Matcher before = MEASURE_BEFORE.matcher(s.substring(Math.max(0, q.span().begin() - 80), q.span().begin()));
        if (before.find()) return before.group(1).strip();
        String phrase = clauseNoun(tokens, offset + q.span().begin());
        if (phrase != null) return phrase;
        return q.isMoney() ? "amount" : "share";
    }

    private static String listed(String s, Quantity q) {
        int from = Math.max(0, q.span().begin() - 70), to = Math.min(s.length(), q.span().end() + 40);
        String window = s.substring(from, to);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, String> e : MEASURES.entrySet()) {
            Matcher m = e.getKey().matcher(window);
            while (m.find()) {
                int at = from + m.start();
                int dist = at < q.span().begin() ? q.span().begin() - at : at - q.span().end() + 15;
                if (dist < bestDist) {
                    bestDist = dist;
                    best = e.getValue();
                }
            }
        }
        return best;
    }

    /**
     * The first noun phrase of the clause before {@code at}: adjectives and nouns ending in a common noun, in
     * lower case ("average retail price"); null when the clause opens with none before a verb.
     */
    private static String clauseNoun(List<Token> tokens, int at) {
        int start = 0;
        for (int i = 0; i < tokens.size() && tokens.get(i).span().begin() < at; i++) {
            String t = tokens.get(i).text();
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("—") || t.equals("--")) start = i + 1;
        }
        StringBuilder phrase = new StringBuilder();
        String last = "";
        for (int i = start; i < tokens.size() && tokens.get(i).span().begin() < at; i++) {
            Token t = tokens.get(i);
            String pos = t.pos();
            boolean modifier = pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("HYPH") || pos.equals("VBN") && phrase.length() > 0;
            if (pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS")) {
                if (phrase.length() > 0) break;
                continue;
            }
            if (pos.equals("CC") && phrase.length() > 0 && i + 1 < tokens.size() && tokens.get(i + 1).noun()) {
                phrase.append(' ').append(t.text());
                continue;
            }
            if (!modifier) break;
            if (phrase.length() > 0) phrase.append(' ');
            phrase.append(pos.startsWith("NNP") ? t.text() : t.text().toLowerCase(Locale.ROOT));
            last = pos;
        }
        return last.equals("NN") || last.equals("NNS") ? phrase.toString() : null;
    }
}
