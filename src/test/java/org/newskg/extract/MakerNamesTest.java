package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.model.Entity;
import org.newskg.model.Extraction;
import org.newskg.model.Mention;
import org.newskg.read.ArticleInput;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The maker's name inside its product's name is a mention of the maker, read through the whole pipeline. */
class MakerNamesTest {
    private static Extraction run(String text) {
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
        return kg.process(new ArticleInput(text.getBytes(StandardCharsets.UTF_8), "test", Optional.empty()));
    }

    private static List<String> mentions(Extraction x, String name) {
        Entity e = x.entities().stream().filter(en -> en.name().equals(name)).findFirst().orElseThrow();
        String text = x.article().text();
        return e.mentions().stream().map(Mention::span).map(s -> s.begin() + ":" + text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void theMakersNameInsideTheProductsNameIsAMentionOfTheMaker() {
        String text = "Globex shares rise\n\nGlobex said on Monday that the Globex Nimbus phone goes on sale in May.\n";
        Extraction x = run(text);
        int product = text.indexOf("Globex Nimbus");
        assertEquals(List.of(text.indexOf("Globex") + ":Globex", text.indexOf("Globex said") + ":Globex", product + ":Globex"),
                mentions(x, "Globex"));
        assertEquals(List.of(product + ":Globex Nimbus"), mentions(x, "Globex Nimbus"));
    }

    @Test
    void aProductWhoseFirstWordNamesNoMakerHoldsNoOtherMention() {
        String text = "Globex shares rise\n\nGlobex said on Monday that Globex's Nimbus Air phone goes on sale in May.\n";
        Extraction x = run(text);
        assertEquals(List.of(0 + ":Globex", text.indexOf("Globex said") + ":Globex", text.indexOf("Globex's") + ":Globex"),
                mentions(x, "Globex"));
    }
}
