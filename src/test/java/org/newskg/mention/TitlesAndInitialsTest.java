package org.newskg.mention;

import org.junit.jupiter.api.Test;
import org.newskg.NewsKg;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Extraction;
import org.newskg.read.ArticleInput;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names with initials, places in AP style, and the kinds a title gives: the person a copula or "serve as" gives a title, and the
 * organization of several words after a title's "of". One-sentence invented articles through the whole pipeline
 * (a one-sentence article has no other mention to lean on, as in the passages of KnowledgeNet).
 */
class TitlesAndInitialsTest {
    private static final NewsKg KG = NewsKg.builder().build();

    private static Set<String> names(String text, EntityType type) {
        Extraction x = KG.process(new ArticleInput(text.getBytes(StandardCharsets.UTF_8), "a.txt", Optional.empty()));
        return x.entities().stream().filter(e -> e.type() == type).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void aMiddleInitialBelongsToThePersonsNameEvenWhenItIsTheLetterA() {
        assertEquals(Set.of("Dana A. Whitlock"), names("The bank hired Dana A. Whitlock in 1950.", EntityType.PERSON));
        assertEquals(Set.of("Dana B. Whitlock"), names("The bank hired Dana B. Whitlock in 1950.", EntityType.PERSON));
        assertEquals(Set.of("J. R. Whitlock"), names("The bank hired J. R. Whitlock in 1950.", EntityType.PERSON));
        // a round's letter at the end of a sentence is not an initial of the word that opens the next
        assertTrue(names("Globex raised money in a Series A. Shares rose.", EntityType.PERSON).isEmpty());
    }

    @Test
    void joiningACompanyGivesARoleToThePersonRightAfterItsClauseOnly() {
        String opening = "Globex Corp. reported results on Tuesday.\n";
        assertEquals(1, roles(opening + "Before joining Globex in 2019, Jane Roe ran a bakery.\n").size());
        // the comma five tokens on or further closes some other clause, not the one that joins
        assertEquals(0, roles(opening + "Analysts said that joining Globex would have been a poor choice for anyone, Jane Roe said.\n").size());
    }

    private static java.util.List<org.newskg.model.Role> roles(String text) {
        return KG.process(new ArticleInput(text.getBytes(StandardCharsets.UTF_8), "a.txt", Optional.empty())).roles();
    }

    @Test
    void aStateAbbreviatedAfterACityIsAPlaceNotAName() {
        String text = "Sales in Denver, Colo., and Tulsa, Okla., rose 5 percent, Globex Corp. said.";
        org.newskg.model.Article a = new org.newskg.model.Article(text, java.util.List.of(new org.newskg.model.Block(
                new org.newskg.model.Span(0, text.length()), org.newskg.model.BlockKind.PARAGRAPH)), Optional.empty(),
                java.util.List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("en"));
        Set<String> surfaces = new ContextMentionRecognizer(org.newskg.text.Lexicons.standard())
                .recognize(new org.newskg.text.TextAnalyzer().analyze(a)).stream()
                .map(org.newskg.model.Mention::surface).collect(Collectors.toSet());
        assertTrue(surfaces.contains("Globex Corp"), surfaces.toString());
        assertFalse(surfaces.contains("Colo") || surfaces.contains("Okla"), surfaces.toString());
    }

    @Test
    void aTitleAfterACopulaMakesAPersonAndItsOfMakesAnOrganization() {
        String text = "Marek Volansky was president of Quillfeather Analytics.";
        assertEquals(Set.of("Marek Volansky"), names(text, EntityType.PERSON));
        assertEquals(Set.of("Quillfeather Analytics"), names(text, EntityType.ORGANIZATION));
        assertEquals(Set.of("Marek Volansky"), names("Marek Volansky serves as chief executive of Quillfeather Analytics.", EntityType.PERSON));
        // a title that companies hold as well says nothing of a person
        assertFalse(names("Quillfeather Analytics is the owner of Brindle Works.", EntityType.PERSON).contains("Quillfeather Analytics"));
    }
}
