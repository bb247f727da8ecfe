package org.newskg.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the body of a page, trying harder before giving up, as Readability does. First the main block by the
 * usual rules; when that is missing or implausible for the page (a date line, a byline or a teaser while the page
 * holds paragraphs of prose), the main block by relaxed rules (blocks that classes call unlikely are kept, classes
 * do not weigh), then every prose paragraph of the page, then the page's own {@code articleBody} (JSON-LD). The
 * page's paragraphs come before its JSON-LD because they keep headings, captions and the text as shown, where an
 * {@code articleBody} often carries placeholders of embeds; the JSON-LD is what is left on a page whose text is
 * not in its HTML. The first plausible reading wins; when none is, the one with most text. A reading other than the first says why in
 * its {@link #note()}.
 *
 * @param blocks the body's blocks, in page order; empty when the page has no text at all
 * @param method how they were found
 * @param note   why the first reading was not kept; empty when it was
 */
record PageBody(List<MainContent.TextBlock> blocks, Method method, Optional<String> note) {
    /** How a body was found. */
    enum Method {
        MAIN_BLOCK("the main block"), RELAXED("the main block by relaxed rules"),
        JSON_LD("the page's JSON-LD articleBody"), ALL_PROSE("every prose paragraph of the page");

        private final String label;

        Method(String label) {
            this.label = label;
        }
    }

    /** A page with less prose than this may have a short body; below it a short body is plausible. */
    static final int MIN_PAGE_PROSE = 500;

    PageBody {
        blocks = List.copyOf(blocks);
    }

    /**
     * @param doc      the parsed page; its body is stripped of scripts, menus and the like
     * @param reparsed the page parsed again, for the relaxed reading (called only when it is needed)
     * @param jsonLd   the page's schema.org article, when it has one
     */
    static PageBody read(Document doc, Supplier<Document> reparsed, Optional<com.fasterxml.jackson.databind.JsonNode> jsonLd) {
        Element body = doc.body() == null ? doc : doc.body();
        int visible = MainContent.visibleProse(body);
        List<MainContent.TextBlock> main = MainContent.mainBlock(body, false);
        List<MainContent.TextBlock> declared = jsonLd.map(a -> a.path("articleBody").asText("")).filter(t -> !t.isBlank())
                .map(MainContent::paragraphs).orElse(List.of());
        // the page's prose, or the prose its JSON-LD says the article has, whichever is more
        int pageProse = Math.max(visible, MainContent.longParagraphs(declared));
        if (plausible(main, pageProse)) return new PageBody(main, Method.MAIN_BLOCK, Optional.empty());
        String why = main.isEmpty() ? "no main block was found"
                : "the main block held " + MainContent.prose(main) + " characters (" + MainContent.longParagraphs(main)
                + " of prose) where the page holds " + pageProse + " characters of prose";
        PageBody best = new PageBody(main, Method.MAIN_BLOCK, Optional.empty());
        for (Method m : List.of(Method.RELAXED, Method.ALL_PROSE, Method.JSON_LD)) {
            List<MainContent.TextBlock> b = switch (m) {
                case RELAXED -> {
                    Document again = reparsed.get();
                    yield MainContent.mainBlock(again.body() == null ? again : again.body(), true);
                }
                case JSON_LD -> declared;
                case ALL_PROSE -> MainContent.allProse(body);
                case MAIN_BLOCK -> main;
            };
            PageBody candidate = new PageBody(b, m, Optional.of(why + "; the body was read from " + m.label));
            if (plausible(b, pageProse)) return candidate;
            if (MainContent.prose(b) > MainContent.prose(best.blocks())) best = candidate;
        }
        return best;
    }

    /** A body with text, and when the page has much prose, at least a quarter of it. */
    static boolean plausible(List<MainContent.TextBlock> blocks, int pageProse) {
        if (MainContent.prose(blocks) == 0) return false;
        return pageProse < MIN_PAGE_PROSE || MainContent.prose(blocks) * 4 >= pageProse;
    }
}
