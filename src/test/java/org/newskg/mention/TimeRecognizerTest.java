package org.newskg.mention;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.Span;
import org.newskg.model.TimeExpression;
import org.newskg.text.TextAnalyzer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Time expressions in context, with the publication date they resolve against. */
class TimeRecognizerTest {
    private static List<TimeExpression> recognize(String text, String published) {
        Article a = new Article(text, List.of(new Block(new Span(0, text.length()), BlockKind.PARAGRAPH)),
                Optional.empty(), List.of(), Optional.empty(), Optional.of(LocalDate.parse(published)),
                Optional.empty(), Optional.empty(), Optional.of("en"));
        return new TimeRecognizer().recognize(new TextAnalyzer().analyze(a));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', value = {
            "In June 2022, the tool was released.|2026-03-05|2022-06",
            "The company was founded in 2019.|2026-03-05|2019",
            "The deal was signed on Dec. 10, 2013.|2020-01-01|2013-12-10",
            "It was filed on 2019-11-18.|2020-01-01|2019-11-18",
            "She testified Tuesday in Dallas.|2017-01-18|2017-01-17",
            "Revenue doubled last year.|2026-03-05|2025",
            "Last month, the journal reported a sell-off.|2026-03-05|2026-02",
            "Globex shocked the world earlier this year.|2016-11-15|2016",
            "The game launches on December 15.|2016-11-15|2016-12-15",
            "It will arrive next year.|2026-03-05|2027",
            "The results came yesterday.|2026-03-05|2026-03-04",
            "It happened 12 March 2024 in London.|2026-03-05|2024-03-12",
            "The stake was sold in the third quarter of 2021.|2026-03-05|2021-Q3",
            "Two years ago, the startup had ten staff.|2026-03-05|2024",
    })
    void resolvesAgainstPublicationDate(String text, String published, String expected) {
        List<TimeExpression> found = recognize(text, published);
        assertEquals(expected, found.get(0).value().lexical(), found.toString());
    }

    /** The suite of {@code time/expressions.tsv}: the last expression of each text, or none. */
    @ParameterizedTest(name = "{0} @ {1} -> {2}")
    @CsvFileSource(resources = "/time/expressions.tsv", delimiter = '\t', quoteCharacter = '\u0000', maxCharsPerColumn = 2000)
    void normalizesRealWorldExpressions(String text, String published, String expected) {
        List<TimeExpression> found = recognize(text, published);
        if (expected.equals("none")) {
            assertEquals(List.of(), found, text);
            return;
        }
        assertFalse(found.isEmpty(), "no time expression in: " + text);
        TimeExpression last = found.get(found.size() - 1);
        String actual = last.value().lexical() + last.until().map(u -> "/" + u.lexical()).orElse("");
        assertEquals(expected, actual, found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In March 2025, he assembled a team. By July, the company abandoned the deal.|2026-03-05|2025-07",
            "At the end of January 2026, a friend asked him. A few weeks later, the company hired the developer.|2026-03-05|2026-02",
            "In early 2025, the model shipped. Since 2021, the partner had used it. In May, it launched fully.|2026-03-05|2025-05",
    })
    void laterExpressionsFollowTheStorysOwnDates(String text, String published, String expected) {
        List<TimeExpression> found = recognize(text, published);
        assertEquals(expected, found.get(found.size() - 1).value().lexical(), found.toString());
    }
}
