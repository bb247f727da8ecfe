package org.newskg.read;

import org.newskg.lang.Language;
import org.newskg.error.ArticleReadException;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text (UTF-8, UTF-16, UTF-32 or Windows-1252, see {@link TextDecoder}). Every non-empty line is a
 * block. Runs of short lines without sentence punctuation at
 * the top or bottom (menus pasted with the article) become boilerplate; the first real line is the title; lines
 * such as "By Jane Doe, Example News" are bylines and give the authors.
 *
 * <pre>
 * Article a = new TextArticleReader(1 &lt;&lt; 20).read(new ArticleInput(bytes, "story.txt", Optional.empty()));
 * </pre>
 */
public final class TextArticleReader implements ArticleReader {
    private static final Pattern BYLINE = Language.english().pattern("read/patterns", "byline");
    private static final Pattern DATELINE = Language.english().pattern("read/patterns", "dateline");
    private static final Pattern NOT_A_NAME = Language.english().pattern("read/patterns", "not-a-byline-name");
    private static final int MENU_RUN = 3;

    private final long maxBytes;

    /** @param maxBytes inputs larger than this are refused */
    public TextArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Article read(ArticleInput input) {
        Objects.requireNonNull(input, "input");
        InputCheck.checkSize(input, maxBytes);
        String text = TextDecoder.decode(input, false).replace("\r\n", "\n").replace('\r', '\n');
        return fromText(text, input.origin(), input.url());
    }

    /** Builds the article from decoded text. */
    Article fromText(String text, String origin, Optional<String> url) {
        Optional<LanguageGuess.Guess> guess = LanguageGuess.detect(text);
        if (guess.isPresent() && Language.forCode(guess.get().tag()).isEmpty()) {
            throw new ArticleReadException(origin + ": the article is not in English: it " + guess.get().reason()
                    + "; newskg has no language pack for it");
        }
        Optional<String> lang = guess.map(LanguageGuess.Guess::tag);
        List<Span> lines = lines(text);
        if (lines.isEmpty()) {
            throw new ArticleReadException(origin + ": input has no text");
        }
        BlockKind[] kinds = new BlockKind[lines.size()];
        java.util.Arrays.fill(kinds, BlockKind.PARAGRAPH);
        markMenus(text, lines, kinds);
        List<String> authors = new ArrayList<>();
        Optional<String> title = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == BlockKind.BOILERPLATE) {
                continue;
            }
            String line = lines.get(i).of(text).strip();
            Matcher by = BYLINE.matcher(line);
            if (by.matches() && isByline(by)) {
                kinds[i] = BlockKind.BYLINE;
                if (!line.toLowerCase(java.util.Locale.ROOT).startsWith("translated")) {
                    authors.add(by.group(1));
                }
            } else if (DATELINE.matcher(line).matches()) {
                kinds[i] = BlockKind.BOILERPLATE;
            } else if (title.isEmpty() && isHeadline(line)) {
                kinds[i] = BlockKind.TITLE;
                title = Optional.of(line);
            } else if (title.isEmpty()) {
                title = Optional.of("");
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            blocks.add(new Block(lines.get(i), kinds[i]));
        }
        return new Article(text, blocks, title.filter(t -> !t.isEmpty()), authors, Optional.empty(), Optional.empty(),
                url, Optional.empty(), lang);
    }

    /** "By Jane Doe, Example News", not "By August, the company had…". */
    private static boolean isByline(Matcher by) {
        String name = by.group(1);
        String rest = by.group(2) == null ? "" : by.group(2);
        return by.group().length() < 100 && !NOT_A_NAME.matcher(name).matches()
                && rest.split("\\s+").length <= 6 && !rest.endsWith(".");
    }

    private static boolean isHeadline(String line) {
        return line.length() <= 200 && !line.endsWith(".") && line.split("\\s+").length >= 3;
    }

    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int b = start, e = i;
                while (b < e && Character.isWhitespace(text.charAt(b))) b++;
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > b) {
                    out.add(new Span(b, e));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Leading and trailing runs of short, unpunctuated lines are navigation pasted with the article. */
    private static void markMenus(String text, List<Span> lines, BlockKind[] kinds) {
        int i = 0;
        while (i < lines.size() && isMenuLine(lines.get(i).of(text))) i++;
        if (i >= MENU_RUN) {
            for (int k = 0; k < i; k++) kinds[k] = BlockKind.BOILERPLATE;
        }
        int j = lines.size();
        while (j > i && isMenuLine(lines.get(j - 1).of(text))) j--;
        if (lines.size() - j >= MENU_RUN) {
            for (int k = j; k < lines.size(); k++) kinds[k] = BlockKind.BOILERPLATE;
        }
    }

    private static boolean isMenuLine(String line) {
        String s = line.strip();
        return s.split("\\s+").length <= 8 && !s.matches(".*[.!?:;\"”’)]$") && !BYLINE.matcher(s).matches();
    }
}
