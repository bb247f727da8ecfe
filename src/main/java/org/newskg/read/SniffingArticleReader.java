package org.newskg.read;

import org.newskg.model.Article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/** Chooses the HTML or the plain-text reader by looking at the first bytes of the input. */
public final class SniffingArticleReader implements ArticleReader {
    private final ArticleReader html;
    private final ArticleReader text;

    public SniffingArticleReader(ArticleReader html, ArticleReader text) {
        this.html = Objects.requireNonNull(html, "html");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The Jsoup reader for HTML and the line reader for text, both refusing inputs above {@code maxBytes}. */
    public static SniffingArticleReader of(long maxBytes) {
        return new SniffingArticleReader(new HtmlArticleReader(maxBytes), new TextArticleReader(maxBytes));
    }

    @Override
    public Article read(ArticleInput input) {
        Objects.requireNonNull(input, "input");
        return isHtml(input.bytes()) ? html.read(input) : text.read(input);
    }

    /** True when the input starts (after white space, a BOM or comments) like an HTML document. */
    public static boolean isHtml(byte[] bytes) {
        String head = TextDecoder.head(bytes).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<!--") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<meta") || head.matches("(?s)^<(div|p|article|title)\\b.*");
    }
}
