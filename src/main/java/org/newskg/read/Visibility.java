package org.newskg.read;

import org.jsoup.nodes.Element;

/** Whether an element is hidden from the page's reader, and whether what it hides is the story itself. */
final class Visibility {
    private Visibility() {
    }

    /** Marked hidden: the {@code hidden} attribute, {@code aria-hidden="true"}, an inline {@code display:none}. */
    static boolean hidden(Element e) {
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) || e.attr("style").replace(" ", "").contains("display:none");
    }

    /**
     * A hidden element that holds most of the page's prose does not hide the story: a wrapper marked hidden until a
     * script shows it, or one left unclosed so that the parser put the whole page inside it. Hidden is a property
     * of what a reader is shown, and a page shows its story.
     */
    static boolean holdsStory(Element e, int pageProse) {
        return pageProse > 0 && MainContent.prose(e) * 2 > pageProse;
    }
}
