package org.newskg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of an HTML page without a byte order mark, trusting in turn the server's declaration and
 * the page's own {@code <meta charset>}, but not blindly: a page declared UTF-8 whose bytes are not UTF-8 was written
 * in Windows-1252, and a page declared Latin-1 whose bytes are valid multi-byte UTF-8 is UTF-8. With no
 * declaration, valid UTF-8 is UTF-8 and anything else Windows-1252, the usual encoding of old Western pages.
 */
final class CharsetGuess {
    private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetGuess() {
    }

    /** The encoding of a page without a byte order mark ({@link TextDecoder} reads the marks first). */
    static Charset of(byte[] bytes, Optional<Charset> declaredByServer) {
        Optional<Charset> declared = declaredByServer.or(() -> metaCharset(bytes));
        boolean utf8 = validUtf8(bytes);
        if (declared.isEmpty()) return utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        Charset cs = declared.get();
        if (cs.equals(StandardCharsets.UTF_8) && !utf8) return WINDOWS_1252;
        boolean latin = cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(WINDOWS_1252) || cs.equals(StandardCharsets.US_ASCII);
        if (latin && utf8 && hasMultiByte(bytes)) return StandardCharsets.UTF_8;
        // ISO-8859-1 labels are read as Windows-1252, as browsers do
        return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : cs;
    }

    /** The charset a {@code Content-Type} header names, if it names a known one. */
    static Optional<Charset> fromContentType(String contentType) {
        Matcher m = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> named(String name) {
        try {
            return Optional.of(Charset.forName(name.toLowerCase(Locale.ROOT).equals("utf8") ? "UTF-8" : name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }
}
