package org.newskg.read;

import org.junit.jupiter.api.Test;
import org.newskg.error.ArticleReadException;
import org.newskg.model.Article;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text that can be read is read, whatever its encoding; only real binary data is refused. */
class TextDecoderTest {
    private static final String STORY = "Globex buys Initech for €40 million\n\nGlobex Corp. said on Tuesday that Zoë Müller, "
            + "its chief executive, agreed to buy the Initech café chain for €40 million, a price rivals called naïve.\n";
    private static final String PAGE = "<html><head><title>Globex buys Initech</title></head><body><article><p>"
            + STORY.replace("\n", " ") + "</p><p>Analysts said the price was fair for a chain with 300 shops and steady "
            + "sales over the past five years, and that the deal would close in the second half.</p></article></body></html>";

    private static Article read(byte[] bytes) {
        return SniffingArticleReader.of(1 << 20).read(new ArticleInput(bytes, "input", Optional.empty()));
    }

    private static byte[] withMark(int[] mark, String text, Charset cs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : mark) out.write(b);
        out.writeBytes(text.getBytes(cs));
        return out.toByteArray();
    }

    @Test
    void plainTextWithAByteOrderMarkIsReadInEveryUnicodeEncoding() {
        Object[][] cases = {{new int[]{0xFE, 0xFF}, StandardCharsets.UTF_16BE}, {new int[]{0xFF, 0xFE}, StandardCharsets.UTF_16LE},
                {new int[]{0, 0, 0xFE, 0xFF}, Charset.forName("UTF-32BE")}, {new int[]{0xFF, 0xFE, 0, 0}, Charset.forName("UTF-32LE")},
                {new int[]{0xEF, 0xBB, 0xBF}, StandardCharsets.UTF_8}};
        for (Object[] c : cases) {
            Article a = read(withMark((int[]) c[0], STORY, (Charset) c[1]));
            assertTrue(a.text().contains("Zoë Müller") && a.text().contains("€40 million"), c[1] + ": " + a.text());
            assertFalse(a.text().contains("\uFEFF"), c[1] + " keeps its mark");
        }
    }

    @Test
    void htmlInUtf16IsRecognizedAsHtml() {
        Article a = read(withMark(new int[]{0xFF, 0xFE}, PAGE, StandardCharsets.UTF_16LE));
        assertEquals("Globex buys Initech", a.title().orElse(""));
        assertTrue(a.text().contains("Zoë Müller"), a.text());
        Article noMark = read(PAGE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Globex buys Initech", noMark.title().orElse(""));
    }

    @Test
    void latin1PlainTextIsRead() {
        Article a = read(STORY.replace("€", "EUR ").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(a.text().contains("Zoë Müller") && a.text().contains("café"), a.text());
    }

    @Test
    void strayControlCharactersAreDroppedNotFatal() {
        StringBuilder page = new StringBuilder(PAGE);
        page.insert(page.indexOf("Analysts"), "\u0000\u0001");
        page.insert(page.indexOf("steady"), "\u001b\u0008");
        Article html = read(page.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(html.text().contains("Analysts said") && html.text().contains("steady sales"), html.text());
        assertTrue(html.text().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), html.text());
        Article text = read(("\u0000" + STORY + "\u0007").getBytes(StandardCharsets.UTF_8));
        assertTrue(text.text().startsWith("Globex buys Initech"), text.text());
    }

    @Test
    void realBinaryDataIsStillRefused() {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) noise[i] = (byte) (i * 31 + (i >> 3));
        for (byte[] b : new byte[][]{noise, "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                withMark(new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "IHDR", StandardCharsets.US_ASCII)}) {
            ArticleReadException e = assertThrows(ArticleReadException.class, () -> read(b));
            assertTrue(e.getMessage().contains("binary"), e.getMessage());
        }
    }

    @Test
    void aSizeOverTheLimitSaysByHowMuch() {
        assertEquals("20,971,521 bytes", Sizes.describe(20 * 1024 * 1024 + 1, 20 * 1024 * 1024));
        assertEquals("20,971,520 bytes", Sizes.describe(20 * 1024 * 1024, 20 * 1024 * 1024 + 1));
        assertEquals("50 MiB", Sizes.describe(50L * 1024 * 1024, 20 * 1024 * 1024));
        assertEquals("20 MiB", Sizes.describe(20 * 1024 * 1024, 50L * 1024 * 1024));
    }
}
