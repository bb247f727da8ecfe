package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.model.Description;
import org.newskg.model.Entity;
import org.newskg.model.Extraction;
import org.newskg.read.ArticleInput;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Describing phrases read through the whole pipeline from short, invented news text. */
class DescriptionExtractorTest {
    private static Extraction run(String text) {
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
        return kg.process(new ArticleInput(text.getBytes(StandardCharsets.UTF_8), "test", Optional.empty()));
    }

    private static List<String> described(Extraction x) {
        return x.descriptions().stream().map(d -> d.surface() + " -> " + name(x, d)).toList();
    }

    private static String name(Extraction x, Description d) {
        return x.entities().stream().filter(e -> e.key().equals(d.entity())).map(Entity::name).findFirst().orElse("?");
    }

    @Test
    void anOrganizationAndATitleDescribeThePersonTheyStandBeside() {
        Extraction x = run("Globex Corp. said on Monday that its profit rose.\n"
                + "Globex CEO Jane Roe said the quarter was strong.\n"
                + "Pat Vantz, Globex's chief financial officer, said costs fell.\n"
                + "Jane Roe and Pat Vantz spoke to analysts.\n");
        assertEquals(List.of("Globex CEO -> Jane Roe", "Globex's chief financial officer -> Pat Vantz"), described(x));
    }

    @Test
    void aLegalFormsPeriodIsPartOfTheDescription() {
        Extraction x = run("Globex profit rises\n"
                + "\"It was a good year,\" said Globex Inc. CEO Jane Roe on Monday.\n");
        assertEquals(List.of("Globex Inc. CEO -> Jane Roe"), described(x));
    }

    @Test
    void anOrganizationsPossessiveAndItsProductAreOnePhraseForTheProduct() {
        Extraction x = run("Initech Inc. unveiled the X200 phone on Tuesday.\n"
                + "Initech's X200 goes on sale in May, the company said.\n");
        assertEquals(List.of("Initech's X200 -> Initech X200"), described(x));
    }

    @Test
    void aTitleWithoutAnOrganizationDescribesNothing() {
        Extraction x = run("Globex Corp. said on Monday that its profit rose.\n"
                + "Chief executive Jane Roe said the quarter was strong, and the company's president Pat Vantz agreed.\n");
        assertEquals(List.of(), described(x));
    }
}
