package org.newskg.read;

import org.newskg.lang.Language;
import org.newskg.model.BlockKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which lines of a page's body are about the page rather than the story: bylines, dates, prompts, addresses. */
final class BodyLines {
    private static final Pattern BYLINE = Language.english().pattern("read/patterns", "byline");
    private static final Pattern NOT_A_NAME = Language.english().pattern("read/patterns", "not-a-byline-name");
    private static final Pattern METADATA_LINE = Language.english().pattern("read/patterns", "metadata-line");
    private static final Pattern URL_LINE = Language.english().pattern("read/patterns", "url-line");

    private BodyLines() {
    }

    /**
     * A short paragraph that is a byline ("By Jane Roe, Staff Writer") is one; one that is about the page
     * ("Updated 11:21 pm CST, Tuesday", "Share this article", "Read more", and above the story a bare address) is
     * boilerplate; others keep their kind.
     */
    static BlockKind kindOf(String t, BlockKind kind, List<MainContent.TextBlock> before) {
        if (kind != BlockKind.PARAGRAPH) return kind;
        if (URL_LINE.matcher(t).matches()
                && before.stream().noneMatch(b -> b.kind() == BlockKind.PARAGRAPH && b.text().length() > 80)) {
            return BlockKind.BOILERPLATE;
        }
        if (t.length() > 100) return kind;
        Matcher by = BYLINE.matcher(t);
        if (by.matches() && !NOT_A_NAME.matcher(by.group(1)).matches()) return BlockKind.BYLINE;
        return METADATA_LINE.matcher(t).matches() ? BlockKind.BOILERPLATE : kind;
    }
}
