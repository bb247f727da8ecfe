package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.Money;
import org.newskg.model.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money, percentages and counts in a sentence: "$3 billion", "US$40 billion", "£10bn",
 * "600 million dollars", "€5m", "$9.99", "40%", "100 million users". Approximation words before a number
 * ("nearly", "about", "over") are kept.
 */
public final class MoneyRecognizer {
    /**
     * A number found in text.
     *
     * @param span      where it lies, relative to the start of the string searched
     * @param value     the full number
     * @param unit      ISO 4217 code, "percent", or the counted noun ("users")
     * @param qualifier approximation word, when present
     */
    public record Quantity(Span span, BigDecimal value, String unit, Optional<String> qualifier) {
        public boolean isMoney() {
            return unit.matches("[A-Z]{3}");
        }

        public Optional<Money> money() {
            return isMoney() ? Optional.of(new Money(value, unit)) : Optional.empty();
        }
    }

    private static final Pattern MONEY = Language.english().pattern("mention/patterns", "money");
    private static final Pattern PERCENT = Language.english().pattern("mention/patterns", "percent");
    private static final Pattern COUNT = Language.english().pattern("mention/patterns", "count");
    /** A count of any plural noun, tried after the counts of the nouns newskg knows. */
    private static final Pattern COUNT_ANY = Language.english().pattern("mention/patterns", "count-any");
    /** Units of measure: each form (a regular expression) and the unit it stands for, in file order. */
    private static final List<Map.Entry<Pattern, String>> UNITS = Language.english().rows("mention/units").stream()
            .map(r -> Map.entry(Pattern.compile(r.get(1)), r.get(0))).toList();
    private static final String UNIT_FORMS = "(?<unit>" + String.join("|", UNITS.stream().map(u -> u.getKey().pattern()).toList()) + ")\\b";
    /** "149 horsepower", "a 275-horsepower motor": a number with a unit. */
    private static final Pattern MEASURED = Pattern.compile(Language.english().regex("mention/patterns", "measured") + UNIT_FORMS);
    private static final Map<String, BigDecimal> NUMBER_WORDS = numberWords();
    /** "six safety systems", "two inches": a number written as a word, with a unit or before a counted noun. */
    private static final Pattern SPELLED = Pattern.compile(Language.english().regex("mention/patterns", "number-word-before")
            + "(?<word>(?i:" + String.join("|", NUMBER_WORDS.keySet()) + "))" + Language.english().regex("mention/patterns", "number-word-after")
            + "(?:(?:\\s*-\\s*|\\s+)" + UNIT_FORMS + "|" + Language.english().regex("mention/patterns", "count-tail") + ")");
    private static final Map<String, String> CURRENCY = Map.ofEntries(Map.entry("us$", "USD"), Map.entry("usd", "USD"),
            Map.entry("$", "USD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"), Map.entry("chf", "CHF"),
            Map.entry("c$", "CAD"), Map.entry("a$", "AUD"), Map.entry("hk$", "HKD"), Map.entry("₹", "INR"),
            Map.entry("inr", "INR"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"), Map.entry("dollars", "USD"),
            Map.entry("euros", "EUR"), Map.entry("pounds", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("rupees", "INR"), Map.entry("francs", "CHF"));

    /** @return quantities in {@code s}, in order; overlapping matches are resolved in favour of money */
    /** Currency words that are units too ("pounds"): money only with a scale or a confirming word. */
    private static final java.util.Set<String> UNIT_OR_MONEY = Language.english().words("mention/unit-or-money");
    private static final Pattern MONEY_CONFIRMED = Language.english().pattern("mention/patterns", "money-confirmed");

    public List<Quantity> recognize(String s) {
        List<Quantity> out = new ArrayList<>();
        if (!hasDigit(s)) {
            // every pattern but the spelled numbers' needs a digit (\d is [0-9]): a sentence without one is not searched
            addSpelled(s, out);
            return out;
        }
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            boolean symbol = m.group("cur") != null;
            String num = symbol ? m.group("num") : m.group("num2");
            String scale = symbol ? m.group("scale") : m.group("scale2");
            String cur = CURRENCY.get((symbol ? m.group("cur") : m.group("word")).strip().toLowerCase(Locale.ROOT));
            // "weighs 3,000 pounds": a currency's word that is also a unit is money with a scale or a "sterling" only
            if (!symbol && scale == null && UNIT_OR_MONEY.contains(m.group("word").toLowerCase(Locale.ROOT))
                    && !MONEY_CONFIRMED.matcher(s.substring(m.end())).lookingAt()) continue;
            if (symbol && scale != null && scale.length() == 1 && m.end() < s.length() && Character.isLetter(s.charAt(m.end()))) {
                scale = null;
            }
            out.add(new Quantity(new Span(m.start(), m.end()), scaled(num, scale), cur, Optional.ofNullable(m.group("qual"))));
        }
        addOthers(s, PERCENT, out, "percent");
        addMeasured(s, out);
        addOthers(s, COUNT, out, null);
        addOthers(s, COUNT_ANY, out, null);
        addSpelled(s, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static void addOthers(String s, Pattern p, List<Quantity> out, String unit) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (taken(out, span)) continue;
            if (unit == null && afterName(s, m.start("num"))) continue; // "Global 2000 brands" names a list, not a count
            String scale = unit == null ? m.group("scale") : null;
            out.add(new Quantity(span, scaled(m.group("num"), scale), unit != null ? unit : m.group("noun").toLowerCase(Locale.ROOT),
                    Optional.ofNullable(m.group("qual"))));
        }
    }

    private static void addMeasured(String s, List<Quantity> out) {
        Matcher m = MEASURED.matcher(s);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (taken(out, span) || afterName(s, m.start("num"))) continue;
            out.add(new Quantity(span, scaled(m.group("num"), null), unit(m.group("unit")), Optional.ofNullable(m.group("qual"))));
        }
    }

    private static void addSpelled(String s, List<Quantity> out) {
        Matcher m = SPELLED.matcher(s);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (taken(out, span)) continue;
            BigDecimal value = NUMBER_WORDS.get(m.group("word").toLowerCase(Locale.ROOT));
            String unit = m.group("unit") != null ? unit(m.group("unit")) : m.group("noun").toLowerCase(Locale.ROOT);
            out.add(new Quantity(span, value, unit, Optional.empty()));
        }
    }

    /** Whether a quantity found before (money first, then percentages, measurements, counts) overlaps the span. */
    private static boolean taken(List<Quantity> found, Span span) {
        return found.stream().anyMatch(q -> q.span().overlaps(span));
    }

    private static String unit(String form) {
        return UNITS.stream().filter(u -> u.getKey().matcher(form).matches()).map(Map.Entry::getValue).findFirst().orElse(form);
    }

    private static Map<String, BigDecimal> numberWords() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (List<String> row : Language.english().rows("mention/number-words")) m.put(row.get(0), new BigDecimal(row.get(1)));
        return m;
    }

    /** Whether the word right before {@code at} is capitalized ("Global 2000", "Top 50"). */
    private static boolean afterName(String s, int at) {
        int k = at - 1;
        if (k < 0 || s.charAt(k) != ' ') return false;
        int end = k;
        while (k > 0 && !Character.isWhitespace(s.charAt(k - 1))) k--;
        return end > k && Character.isUpperCase(s.charAt(k));
    }

    private static BigDecimal scaled(String num, String scale) {
        BigDecimal v = new BigDecimal(num.replace(",", ""));
        if (scale == null) return v;
        long f = switch (scale.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn" -> 1_000_000_000_000L;
            case "billion", "bn", "b" -> 1_000_000_000L;
            case "million", "mn", "m" -> 1_000_000L;
            case "thousand", "k" -> 1_000L;
            default -> 1L;
        };
        return v.multiply(BigDecimal.valueOf(f)).stripTrailingZeros();
    }
}
