package org.newskg.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.TestData;
import org.newskg.export.Json;
import org.newskg.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real HTML pages of the dev cases yield the publication date their gold files give, and their body. */
class HtmlDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"cnet", "msn", "nytimes-2", "scrapinghub-57e2e98887a1", "scrapinghub-5ae11e580afc"})
    void devPageGivesGoldPublicationDateAndBody(String name) throws IOException {
        Path dir = TestData.requireShared("eval/dev/" + name);
        JsonNode gold = Json.mapper().readTree(dir.resolve("gold.json").toFile());
        Article a = new HtmlArticleReader(20 << 20).read(new ArticleInput(Files.readAllBytes(dir.resolve("article.html")),
                name, Optional.empty()));
        assertEquals(gold.get("published").asText(), a.date().map(Object::toString).orElse(""), name);
        assertTrue(a.text().length() > 1000, "the body was found");
        assertFalse(a.text().contains("Privacy Policy"), "no footer links in the body");
    }
}
