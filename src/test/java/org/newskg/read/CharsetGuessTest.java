package org.newskg.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages whose encoding is declared wrongly or not at all still read as their authors wrote them. */
class CharsetGuessTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String BODY = "<p>Globex’s chief executive, Zoë Müller, said the café deal – worth €40 million – "
            + "would close soon, and that the Initech brand would stay in every market where it sells today.</p>"
            + "<p>Analysts said the price was fair for a chain with 300 shops and steady sales over the past five years.</p>";

    private static String read(byte[] bytes, Optional<Charset> server) {
        return new HtmlArticleReader(1 << 20).read(new ArticleInput(bytes, "page.html", Optional.empty(), server)).text();
    }

    private static byte[] page(String meta, Charset written) {
        return ("<html><head>" + meta + "<title>Globex buys Initech cafés</title></head><body><article>" + BODY
                + "</article></body></html>").getBytes(written);
    }

    private static void assertClean(String text) {
        assertTrue(text.contains("Zoë Müller") && text.contains("€40 million") && text.contains("Globex’s"), text);
        assertTrue(!text.contains("\uFFFD") && !text.contains("Ã"), "no mojibake: " + text);
    }

    @Test
    void declaredUtf8ThatIsReallyWindows1252() {
        assertClean(read(page("<meta charset=\"utf-8\">", CP1252), Optional.empty()));
    }

    @Test
    void declaredLatin1ThatIsReallyUtf8() {
        assertClean(read(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", StandardCharsets.UTF_8), Optional.empty()));
    }

    @Test
    void noDeclarationAtAll() {
        assertClean(read(page("", CP1252), Optional.empty()));
        assertClean(read(page("", StandardCharsets.UTF_8), Optional.empty()));
    }

    @Test
    void theServersDeclarationBeatsAWrongMetaTag() {
        assertClean(read(page("<meta charset=\"utf-8\">", CP1252), Optional.of(CP1252)));
    }

    @Test
    void aByteOrderMarkWins() {
        byte[] utf8 = page("<meta charset=\"windows-1252\">", StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertClean(read(bom, Optional.empty()));
    }

    @Test
    void anUnknownCharsetNameFallsBackToTheBytes() {
        assertClean(read(page("<meta charset=\"x-no-such-charset\">", StandardCharsets.UTF_8), Optional.empty()));
    }
}
