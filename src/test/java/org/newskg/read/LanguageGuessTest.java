package org.newskg.read;

import org.junit.jupiter.api.Test;
import org.newskg.error.ArticleReadException;
import org.newskg.model.Article;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page is refused as not English only when there is enough text to tell and it clearly is another language. */
class LanguageGuessTest {
    private static final String GERMAN = "Die Regierung hat am Dienstag angekündigt, dass sie die Steuern für kleine "
            + "Unternehmen senken wird. Der Finanzminister sagte, die Maßnahme werde im nächsten Jahr in Kraft treten und "
            + "sei ein wichtiger Schritt für die Wirtschaft. Kritiker sagen, dass die Entlastung nicht ausreicht und zu "
            + "spät kommt, weil viele Betriebe schon jetzt mit den hohen Kosten kämpfen.";
    private static final String FRENCH = "Le gouvernement a annoncé mardi que les impôts des petites entreprises seront "
            + "réduits dès l'année prochaine. Le ministre des finances a déclaré que cette mesure est une étape importante "
            + "pour l'économie, mais les critiques disent qu'elle arrive trop tard pour les entreprises qui sont déjà en "
            + "difficulté avec des coûts très élevés.";
    /** A results table: names and numbers, hardly a function word of any language. */
    private static final String SCORES = "Varsity Football Results Week 9\n\nNorthside Tigers 28, Eastfield Eagles 14\n"
            + "Oakridge Hawks 35, Lakewood Lions 21\nCentral Wildcats 17, Westbrook Bears 10\nSummit Rams 42, Valley "
            + "Cougars 7\nOakridge Panthers 24, Pinecrest Wolves 20\nHillcrest Knights 31, Brookside Falcons 28\n"
            + "Maplewood Mustangs 13, Cedar Grove Bulldogs 6\nGranite Falls Titans 27, Harbor View Sharks 24\n";
    private static final String MEALS = "<html><head><title>Weekly meal plan</title></head><body><article><h1>Weekly meal plan</h1>"
            + "<ul><li>Monday: oatmeal, berries, roast chicken, green beans</li><li>Tuesday: yogurt, granola, lentil soup, rye bread</li>"
            + "<li>Wednesday: scrambled eggs, spinach, salmon, brown rice, broccoli</li><li>Thursday: pancakes, bananas, beef stew, carrots</li>"
            + "<li>Friday: smoothie, almonds, shrimp tacos, salsa, avocado</li><li>Saturday: waffles, strawberries, pasta, pesto, salad</li>"
            + "<li>Sunday: bagels, salmon, roast turkey, potatoes, gravy</li></ul></article></body></html>";

    @Test
    void clearlyAnotherLanguageIsToldWithItsCounts() {
        LanguageGuess.Guess de = LanguageGuess.detect(GERMAN).orElseThrow();
        assertEquals("de", de.tag());
        assertTrue(de.reason().startsWith("looks like 'de' (") && de.reason().contains("words"), de.reason());
        assertEquals("fr", LanguageGuess.detect(FRENCH).orElseThrow().tag());
        assertEquals(Optional.of("zh"), LanguageGuess.guess("中国政府周二宣布将降低小企业的税收，财政部长表示这项措施将于明年生效，是经济的重要一步。"
                + "批评者说减免来得太晚，因为许多企业已经在与高成本作斗争。"));
    }

    @Test
    void englishProseIsEnglish() {
        assertEquals(Optional.of("en"), LanguageGuess.guess("The government said on Tuesday that it would cut taxes for "
                + "small businesses next year, and the finance minister called the measure an important step for the "
                + "economy, though critics said it came too late for many firms that are already struggling."));
    }

    @Test
    void listsAndTablesOfEnglishPagesAreRead() {
        assertEquals(Optional.empty(), LanguageGuess.guess(SCORES));
        Article scores = SniffingArticleReader.of(1 << 20).read(new ArticleInput(SCORES.getBytes(StandardCharsets.UTF_8),
                "scores.txt", Optional.empty()));
        assertTrue(scores.text().contains("Oakridge Hawks 35"), scores.text());
        Article meals = SniffingArticleReader.of(1 << 20).read(new ArticleInput(MEALS.getBytes(StandardCharsets.UTF_8),
                "meals.html", Optional.empty()));
        assertTrue(meals.text().contains("lentil soup"), meals.text());
    }

    @Test
    void aRefusalSaysWhatWasDetectedOnHowMuchText() {
        ArticleReadException e = assertThrows(ArticleReadException.class, () -> SniffingArticleReader.of(1 << 20)
                .read(new ArticleInput(GERMAN.getBytes(StandardCharsets.UTF_8), "bericht.txt", Optional.empty())));
        assertTrue(e.getMessage().matches("bericht\\.txt: the article is not in English: it looks like 'de' \\(\\d+ words: .*"),
                e.getMessage());
    }
}
