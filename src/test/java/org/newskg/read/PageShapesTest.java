package org.newskg.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invented pages in the shapes that real news pages took when the reader failed on them: a story in a wrapper
 * after a figure with hidden embeds beside it; a short post in a hosted-blog template; a page that is mostly a
 * list; an "Updated …" line marked as the article body above the story; a story only in the page's JSON-LD. The
 * story is read, and what is not the story is not; a reading that needed a retry says so.
 */
class PageShapesTest {
    private static final Path PAGES = Path.of("src/test/resources/pages");

    private static Article read(String page) throws IOException {
        byte[] bytes = Files.readAllBytes(PAGES.resolve(page));
        return new HtmlArticleReader(20 << 20).read(new ArticleInput(bytes, page, Optional.empty()));
    }

    private static String body(Article a) {
        return a.body();
    }

    @Test
    void aStoryInAWrapperAfterAFigureWithHiddenEmbedsIsReadWithoutTheEmbeds() throws IOException {
        Article a = read("wrapper-figure-hidden.html");
        String body = body(a);
        assertTrue(body.contains("open a battery plant") && body.contains("shares of its rival Initech"), body);
        assertFalse(body.contains("Transcript of the video"), body);
        assertFalse(body.contains("Copyright 2026"), body);
    }

    @Test
    void aStoryInsideAnUnclosedHiddenWrapperIsReadWhole() throws IOException {
        String body = body(read("hidden-unclosed-wrapper.html"));
        assertTrue(body.startsWith("The Harbor City council voted six to one"), body);
        assertTrue(body.contains("will hold public meetings on the timetable in June."), body);
        assertFalse(body.contains("About us") || body.contains("Sports"), body);
    }

    @Test
    void aBodyOfMetadataLinesIsNotTheStoryAndTheWireStoryBeneathIsRead() throws IOException {
        String body = body(read("metadata-only-template.html"));
        assertTrue(body.startsWith("The river port of Eastbank will double the size"), body);
        assertTrue(body.contains("ready for next year's harvest, the authority said."), body);
        assertFalse(body.contains("Updated 11:21") || body.contains("Marta Okonjo") || body.contains("https://"), body);
    }

    @Test
    void aFeatureSplitIntoSiblingSectionsIsReadWhole() throws IOException {
        String body = body(read("split-feature.html"));
        assertTrue(body.startsWith("When the frost came in the last week of April"), body);
        assertTrue(body.contains("I can't promise them it won't happen again."), body);
        assertFalse(body.contains("Subscribe for more"), body);
    }

    @Test
    void aForumThreadIsReadAsItsOpeningPost() throws IOException {
        String body = body(read("forum-thread.html"));
        assertTrue(body.startsWith("Since I installed the latest system update"), body);
        assertTrue(body.endsWith("did anything help short of a full reset?"), body);
        assertFalse(body.contains("Same here") || body.contains("lenka_m"), body);
    }

    @Test
    void aShortHostedBlogPostIsReadWithoutItsShareButtonsCommentsOrLabels() throws IOException {
        String body = body(read("hosted-blog-post.html"));
        assertTrue(body.contains("We moved our little widget shop") && body.contains("second shop in the fall"), body);
        assertFalse(body.contains("BlogThis"), body);
        assertFalse(body.contains("Great news"), body);
        assertFalse(body.contains("Labels:"), body);
    }

    @Test
    void aPageThatIsMostlyAListIsReadAsEnglish() throws IOException {
        Article a = read("scores-list.html");
        assertTrue(body(a).contains("Harbor Sharks 31, Bayview Pirates 20"), body(a));
        assertEquals(Optional.of("en"), a.language());
    }

    @Test
    void anUpdatedLineMarkedAsTheBodyDoesNotStandForTheStory() throws IOException {
        Article a = read("updated-line-above-story.html");
        String body = body(a);
        assertTrue(body.contains("open a battery plant") && body.contains("before the end of 2027"), body);
    }

    @Test
    void aStoryOnlyInTheJsonLdIsReadFromItAndTheReaderSaysSo() throws IOException {
        Article a = read("script-rendered-story.html");
        String body = body(a);
        assertTrue(body.contains("open a battery plant") && body.contains("shares of its rival Initech"), body);
        assertFalse(body.contains("Loading the story"), body);
        assertEquals(1, a.diagnostics().size(), a.diagnostics().toString());
        assertTrue(a.diagnostics().get(0).message().contains("JSON-LD articleBody"), a.diagnostics().toString());
    }

    /** Each step of the reader's cascade, on pages where the steps before it find nothing plausible. */
    @Test
    void eachRetryIsTakenOnlyWhenTheReadingsBeforeItAreImplausible() throws IOException {
        String story = "<p>" + String.join("</p><p>", List.of(
                "Globex Industries said on Tuesday it would open a battery plant, creating about 800 jobs.",
                "The company will invest 1.2 billion euros in the site, chief executive Jane Roe said.",
                "Freedonia's economy minister welcomed the decision on the new supply chain for cars.",
                "Analysts said the move reflected rising demand from carmakers for batteries made nearby.",
                "Globex shares rose 3 percent in early trading, while shares of its rival Initech fell.",
                "Freedonia expects the first batteries to leave the plant before the end of 2027, officials said.",
                "The plant is the largest investment a foreign company has made in the north of the country.",
                "Construction is set to begin in the spring, once the regional council has approved the plans.")) + "</p>";
        // the story sits in a block whose class says "sidebar", beside a longer list of links
        String links = "<ul class=\"menu\">" + "<li><a href=\"/x\">Another story about something else entirely</a></li>".repeat(30) + "</ul>";
        String sidebar = "<html><body>" + links + "<div class=\"sidebar\">" + story + "</div><div class=\"byline\">By Jane Roe</div></body></html>";
        PageBody relaxed = PageBody.read(Jsoup.parse(sidebar), () -> Jsoup.parse(sidebar), Optional.empty());
        assertEquals(PageBody.Method.RELAXED, relaxed.method(), relaxed.toString());
        assertTrue(relaxed.note().orElseThrow().contains("relaxed rules"), relaxed.note().toString());

        Document plain = Jsoup.parse("<html><body>" + story + "</body></html>");
        PageBody first = PageBody.read(plain, () -> { throw new AssertionError("no retry needed"); }, Optional.empty());
        assertEquals(PageBody.Method.MAIN_BLOCK, first.method());
        assertTrue(first.note().isEmpty());
    }
}
