package org.newskg.read;

import org.newskg.lang.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newskg.error.ArticleReadException;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.Diagnostic;
import org.newskg.model.Severity;
import org.newskg.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a news page with Jsoup: metadata from JSON-LD and meta tags, the main body without menus, teasers, share
 * buttons and footers. The article text is the title, a byline ("By …") when authors are known, then the body
 * blocks, one per line.
 *
 * <pre>
 * Article a = new HtmlArticleReader(20 &lt;&lt; 20).read(new ArticleInput(bytes, "page.html", Optional.empty()));
 * </pre>
 */
public final class HtmlArticleReader implements ArticleReader {
    private final long maxBytes;

    /** @param maxBytes inputs larger than this are refused */
    public HtmlArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Article read(ArticleInput input) {
        Objects.requireNonNull(input, "input");
        InputCheck.checkSize(input, maxBytes);
        String html = TextDecoder.decode(input, true);
        Document doc;
        try {
            doc = Jsoup.parse(html, input.url().orElse(""));
        } catch (RuntimeException e) {
            throw new ArticleReadException(input.origin() + ": cannot parse HTML: " + e.getMessage(), e);
        }
        DepthLimit.apply(doc);
        PageMetadata meta = PageMetadata.of(doc, input.url());
        PageBody page = PageBody.read(doc, () -> {
            Document again = Jsoup.parse(html, input.url().orElse(""));
            DepthLimit.apply(again);
            return again;
        }, meta.article());
        List<MainContent.TextBlock> body = page.blocks();
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        meta.title().ifPresent(t -> append(text, blocks, t, BlockKind.TITLE));
        if (!meta.authors().isEmpty()) {
            append(text, blocks, "By " + String.join(" and ", meta.authors()), BlockKind.BYLINE);
        }
        for (MainContent.TextBlock b : body) {
            if (meta.title().isPresent() && b.text().equals(meta.title().get())) continue;
            append(text, blocks, b.text(), b.kind());
        }
        String s = text.toString();
        if (body.isEmpty() || s.isBlank()) {
            throw new ArticleReadException(input.origin() + ": no article text found in the HTML page (tried its main "
                    + "block, relaxed rules, its JSON-LD articleBody and every paragraph)");
        }
        Optional<LanguageGuess.Guess> guess = LanguageGuess.detect(s);
        if (guess.isPresent() && Language.forCode(guess.get().tag()).isEmpty()) {
            throw new ArticleReadException(input.origin() + ": the page is not in English: it " + guess.get().reason()
                    + "; newskg has no language pack for it");
        }
        Optional<String> lang = guess.map(LanguageGuess.Guess::tag);
        Optional<String> declared = meta.language().map(l -> l.toLowerCase(java.util.Locale.ROOT));
        List<Diagnostic> notes = page.note().map(n -> List.of(new Diagnostic(Severity.WARNING, Optional.empty(), n)))
                .orElse(List.of());
        return new Article(s, blocks, meta.title(), meta.authors(), meta.published(), meta.date(), meta.url(),
                meta.site(), declared.filter(l -> l.startsWith("en")).or(() -> lang), notes);
    }

    private static void append(StringBuilder text, List<Block> blocks, String line, BlockKind kind) {
        if (text.length() > 0) text.append("\n\n");
        int b = text.length();
        text.append(line);
        blocks.add(new Block(new Span(b, text.length()), kind));
    }
}
