package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.Precision;
import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.TimeExpression;
import org.newskg.model.TimeValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.newskg.mention.TimeValues.*;

/**
 * Finds time expressions and normalizes them at the precision the text gives. Absolute dates ("June 2022",
 * "Dec. 10, 2013", "2019-11-18", "11/18/2019", "in 2021") are read as they stand and move the story's reference
 * time; partial dates ("in June", "by December", "the third quarter") take their year from the reference time;
 * deictic expressions ("last month", "earlier this year", "Tuesday", "yesterday") resolve against the publication
 * date; "a few weeks later" and "months later" resolve against the reference time. Quarters and halves ("Q3
 * 2021", "the first half of 2020") keep that precision; fiscal years ("FY2019", "fiscal 2020") give their year;
 * ranges ("2019-2021", "March to May 2024", "June 3-5, 2024") give their first and last period. Decades ("the
 * 1990s") and bare numbers are not dates.
 */
public final class TimeRecognizer {
    static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    static final String YEAR = "((?:19|20)\\d{2})";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String DASH = " ?(?:-|–|—|(?i:to|through|until|and)) ?";
    private static final String NOT_A_COUNT = "(?![\\d]|[.,]\\d|[-–—/]\\d|s\\b|'s\\b|’s\\b| ?%| ?(?i:percent|people|employees|users|engineers|"
            + "units|jobs|workers|shares|dollars|million|billion|points|votes|miles|kilometers|km|pounds|tons|stores|customers|"
            + "members|vehicles|cars|homes|students|deaths|cases|times|words|\\w+ (?:dollars|users))\\b)";
    private static final String ORDINAL_PERIOD = "(?<qo>(?i:first|second|third|fourth)|1st|2nd|3rd|4th)";
    private static final String WHICH_YEAR = "(?: of (?:(?i:fiscal )(?:(?i:year) )?)?(?<qy1>(?:19|20)\\d{2}|(?i:this year|last year|next year|the year|the same year))| (?<qy2>(?:19|20)\\d{2}))?";
    // every expression starts at a word boundary: testing it once before the alternatives keeps the scan fast
    private static final Pattern PATTERN = Pattern.compile("\\b(?:"
            + "(?<iso>\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b)"
                    + "|(?<slash>\\b(?<sa>\\d{1,2})/(?<sb>\\d{1,2})/(?<sy>(?:19|20)\\d{2})\\b)"
                    + "|(?<dayrange>\\b" + MONTH + " (\\d{1,2})" + ORD + DASH + "(\\d{1,2})" + ORD + ",? " + YEAR + "\\b)"
                    + "|(?<mdy>\\b" + MONTH + " (\\d{1,2})" + ORD + ",? " + YEAR + "\\b)"
                    + "|(?<dmy>\\b(\\d{1,2})" + ORD + " (?:of )?" + MONTH + ",? " + YEAR + "\\b)"
                    + "|(?<mrange>\\b(?:(?i:from|between) )?" + MONTH + "(?: " + YEAR + ")?" + DASH + MONTH + ",? " + YEAR + "\\b)"
                    + "|(?<my>\\b" + MONTH + ",? (?:of )?" + YEAR + "\\b)"
                    + "|(?<yrange>\\b(?:(?i:from|between) )?" + YEAR + DASH + "((?:19|20)\\d{2}|\\d{2})\\b(?![-/]\\d|%| ?(?i:percent)))"
                    + "|(?<fy>\\b(?:FY ?['’]?((?:19|20)?\\d{2})|(?i:fiscal)(?: (?i:year))? " + YEAR + ")(?:[-–/](?<fyend>\\d{2}|(?:19|20)\\d{2}))?\\b)"
                    + "|(?<period>\\b(?:(?<pk1>[QH])(?<pn1>[1-4])|(?<pn2>[1-4])(?<pk2>[QH])) ?(?:['’]|FY ?)?(?<py>(?:19|20)?\\d{2})\\b)"
                    + "|(?<qwords>\\b(?:(?i:the) )?" + ORDINAL_PERIOD + "[ -](?<qk>(?i:quarter|half))" + WHICH_YEAR + "\\b)"
                    + "|(?<qbare>\\b(?<bk>[QH])(?<bn>[1-4])\\b)"
                    + "|(?<y>\\b(?:(?i:in|since|by|until|during|of|from|to|through|early|late|mid|mid-|before|after|around|for|between|and|the end of|the start of|the beginning of|summer|spring|fall|autumn|winter)[ -])" + YEAR + NOT_A_COUNT + ")"
                    + "|(?<ya>(?<![\\d$€£.,/-])" + YEAR + NOT_A_COUNT + ")"
                    + "|(?<md>\\b" + MONTH + " (\\d{1,2})" + ORD + "\\b(?![,.]?\\d))"
                    + "|(?<dm>\\b(\\d{1,2})" + ORD + " (?:of )?" + MONTH + "\\b(?!,? \\d))"
                    + "|(?<mo>\\b(?i:in|by|since|until|during|early|late|mid|mid-|last|next|this|of|the end of|the start of|the beginning of|through|before|after) " + MONTH + "\\b(?![.,]? (?:of )?\\d))"
                    + "|(?<rel>\\b(?i:last|this|next|earlier this|later this|earlier last|late last|early last|early this|late this|the previous|the following|the next|the past) (?i:year|month|week|quarter|day)\\b)"
                    + "|(?<later>\\b(?i:(?:a few|several|two|three|four|five|six|some|a couple of|a|one) )?(?i:days?|weeks?|months?|years?) (?i:later|after(?:ward)?s?|earlier)\\b)"
                    + "|(?<ago>\\b(?i:(?:a few|several|two|three|four|five|six|seven|eight|nine|ten|a couple of|a|one) )(?i:days?|weeks?|months?|years?) ago\\b)"
                    + "|(?<deictic>\\b(?i:yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening)\\b)"
                    + "|(?<wd>\\b(?:(?i:on|last|this|next) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b))");
    private static final List<String> ABSOLUTE_GROUPS = List.of("iso", "slash", "dayrange", "mdy", "dmy", "mrange", "my",
            "yrange", "fy", "period", "y", "ya");

    /**
     * @param text the analysed article; its publication date anchors relative expressions
     * @return the expressions of every non-boilerplate sentence, in text order; relative ones are left out when
     * the article has no publication date
     */
    public List<TimeExpression> recognize(AnnotatedText text) {
        Optional<LocalDate> pub = text.article().date();
        List<TimeExpression> out = new ArrayList<>();
        TimeValue ref = pub.map(TimeValue::day).orElse(null);
        for (Sentence s : text.sentences()) {
            if (s.kind() == BlockKind.BOILERPLATE || s.kind() == BlockKind.BYLINE) continue;
            Matcher m = PATTERN.matcher(s.text());
            boolean future = FUTURE.matcher(s.text()).find();
            while (m.find()) {
                Optional<Found> v = future && pub.isPresent() ? upcoming(m, pub.get()) : Optional.empty();
                if (v.isEmpty()) v = value(m, pub, ref);
                if (v.isEmpty()) continue;
                boolean absolute = ABSOLUTE_GROUPS.stream().anyMatch(g -> m.group(g) != null)
                        || m.group("qwords") != null && (m.group("qy2") != null
                        || m.group("qy1") != null && m.group("qy1").matches("\\d{4}"));
                Span span = new Span(s.span().begin() + m.start(), s.span().begin() + m.end());
                String matched = m.group().replaceFirst("^(?i)(in|by|since|until|during|of|from|through|on|for|around|before|after|and|between) ", "");
                TimeValue value = v.get().value();
                out.add(new TimeExpression(span, matched, value, !absolute, v.get().until()));
                // a full date or month sets the story's reference time; a bare year ("since 2021") or a "later"
                // only moves it forward, so a passing flashback does not drag the story back
                TimeValue last = v.get().until().orElse(value);
                boolean precise = absolute && value.precision() != Precision.YEAR;
                if (precise || (absolute || m.group("later") != null) && (ref == null || last.compareTo(ref) > 0
                        || pub.isPresent() && ref.start().equals(pub.get()))) {
                    ref = precise ? value : last;
                }
            }
        }
        return out;
    }

    /** A sentence about what is to come: "will ship in May". */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|is (?:expected|set|scheduled|due) to|are (?:expected|set|scheduled|due) to|plans? to|planned for|upcoming)\\b");

    /** "last May", "next May", "this May" say themselves which May they are. */
    private static boolean lowerStart(String g) {
        String l = g.toLowerCase(Locale.ROOT);
        return l.startsWith("last ") || l.startsWith("next ") || l.startsWith("this ");
    }

    /**
     * In a sentence about the future, a month or a day without a year ("in May", "on December 15") is the next one
     * on or after publication.
     */
    private static Optional<Found> upcoming(Matcher m, LocalDate pub) {
        try {
            if (m.group("mo") != null && !lowerStart(m.group())) {
                int mon = monthIn(m.group());
                int year = mon < pub.getMonthValue() ? pub.getYear() + 1 : pub.getYear();
                return Optional.of(new Found(TimeValue.month(year, mon), Optional.empty()));
            }
            if (m.group("md") != null || m.group("dm") != null) {
                LocalDate d = LocalDate.of(pub.getYear(), monthIn(m.group()), find(P_DAY, m.group()));
                return Optional.of(new Found(TimeValue.day(d.isBefore(pub) ? d.plusYears(1) : d), Optional.empty()));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

}
