package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.model.Extraction;
import org.newskg.model.Figure;
import org.newskg.read.ArticleInput;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures read through the whole pipeline from short, invented news text. */
class FigureExtractorTest {
    private static Extraction run(String text) {
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
        return kg.process(new ArticleInput(text.getBytes(StandardCharsets.UTF_8), "test", Optional.empty()));
    }

    @Test
    void aPriceSaidTwiceIsOneFigureAndAWayOfSpeakingIsNone() {
        Extraction x = run("Hooli said its game \"Cloud Runner\" will launch on the Initech Pad and the Initech Phone "
                + "on December 15, for a flat fee of $9.99.\n"
                + "You can play a sample for free, but the game lets you pay $10 to get everything right away.\n"
                + "$10 might seem like a lot, but the game has $10 worth of levels in it.\n");
        List<Figure> prices = x.figures().stream().filter(f -> f.measure().equals("payment")).toList();
        assertEquals(1, prices.size(), prices.toString());
        assertTrue(prices.get(0).subject().endsWith("/cloud-runner"), prices.toString());
        assertEquals(0, new BigDecimal("9.99").compareTo(prices.get(0).value()));
        assertEquals("2026-12-15", prices.get(0).date().orElseThrow().lexical());
    }

    @Test
    void aNameThatBeginsInsideTheAmountIsNotTheNameAfterIt() {
        // found by the 20,000-article build: "USD17" is both an amount and the start of a name
        Extraction x = run("Some workers from the 717 program have transferred to the USD17 program.\n");
        assertTrue(x.figures().stream().noneMatch(f -> f.value().intValue() == 17 && f.subject().endsWith("/usd17")), x.figures().toString());
    }

    @Test
    void theNewVersionAndAnOpeningItAreTheProductTheStorySpokeOfLast() {
        Extraction x = run("Brindle Motors is hoping a redesign of the Corvan compact sedan will pull in more buyers.\n"
                + "The new version gets a 149 horsepower engine, Brindle Motors says.\n"
                + "It also comes with 6 airbags.\n");
        List<Figure> specs = x.figures().stream().filter(f -> f.unit().equals("horsepower") || f.measure().equals("airbags")).toList();
        assertEquals(2, specs.size(), x.figures().toString());
        assertTrue(specs.stream().allMatch(f -> f.subject().endsWith("/corvan")), specs.toString());
    }

    @Test
    void poundsAreAWeightUnlessAScaleOrSterlingMakesThemMoney() {
        Extraction x = run("Globex Motors said its new truck weighs 3,000 pounds.\n"
                + "Initech Corp. sold its London office for 5 million pounds and paid 2,000 pounds sterling in fees.\n");
        List<String> read = x.figures().stream().map(f -> f.unit() + "=" + f.value().stripTrailingZeros().toPlainString()).sorted().toList();
        assertEquals(List.of("GBP=2000", "GBP=5000000", "pounds=3000"), read, x.figures().toString());
    }

    @Test
    void aCountOfAnyNounIsAFigureButYearsAndSpansOfTimeAreNot() {
        Extraction x = run("Globex Inc. said it sold 30,154 new vehicles in October.\n"
                + "Initech Corp. now runs 40 repair shops, a business it built over 25 years since 2001.\n");
        List<String> counts = x.figures().stream().map(f -> f.measure() + "=" + f.value().toPlainString()).sorted().toList();
        assertEquals(List.of("shops=40", "vehicles=30154"), counts, x.figures().toString());
        assertTrue(x.figures().stream().filter(f -> f.measure().equals("vehicles")).allMatch(f -> f.subject().endsWith("/globex")));
    }

    @Test
    void anAmountWithNoListedMeasureTakesTheMeasureTheTextNamesBeforeIt() {
        Extraction x = run("Globex Inc. said its campaign budget of $449,000 was approved on Monday.\n"
                + "Initech Corp. earned $1.25 a share in the quarter.\n");
        List<String> found = x.figures().stream().map(f -> f.measure() + "=" + f.value().stripTrailingZeros().toPlainString()).sorted().toList();
        assertEquals(List.of("campaign budget=449000", "per share=1.25"), found, x.figures().toString());
    }

    @Test
    void measurementsAndSpelledCountsAreFiguresButConversionsAndRangeEndsAreNot() {
        Extraction x = run("Globex Inc. said its new Vantz Roadster has a 275-horsepower motor and six safety systems.\n"
                + "The Vantz Roadster will go 39 miles (63 kilometers) on battery power and from zero to 60 mph in 5.8 seconds.\n");
        List<String> found = x.figures().stream().map(f -> f.unit() + "=" + f.value().stripTrailingZeros().toPlainString()).sorted().toList();
        assertEquals(List.of("horsepower=275", "miles=39", "seconds=5.8", "systems=6"), found, x.figures().toString());
    }

    @Test
    void aSentenceThatNamesNothingContinuesTheSubjectOfTheFiguresBeforeIt() {
        Extraction x = run("Initech Corp. sold 30,154 new vehicles in October, according to the company.\n"
                + "Buyers have purchased 208,560 new vehicles this year, down 5 percent from last year.\n");
        assertEquals(3, x.figures().size(), x.figures().toString());
        assertTrue(x.figures().stream().allMatch(f -> f.subject().endsWith("/initech")), x.figures().toString());
    }
}
