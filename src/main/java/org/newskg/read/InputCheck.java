package org.newskg.read;

import org.newskg.ArticleReadException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks every reader applies before it looks at content: size, emptiness, binary data, UTF-8 validity. */
final class InputCheck {
    private InputCheck() {
    }

    static void checkSize(ArticleInput input, long maxBytes) {
        if (input.bytes().length > maxBytes) {
            throw new ArticleReadException(input.origin() + ": input is " + input.bytes().length / (1024 * 1024)
                    + " MiB, larger than the limit of " + maxBytes / (1024 * 1024) + " MiB for one article");
        }
        if (isBlank(input.bytes())) {
            throw new ArticleReadException(input.origin() + ": input is empty");
        }
        if (looksBinary(input.bytes())) {
            throw new ArticleReadException(input.origin() + ": input is binary data, not an HTML page or text");
        }
    }

    static String decodeUtf8(ArticleInput input) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input.bytes())).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new ArticleReadException(input.origin() + ": plain-text input is not valid UTF-8");
        }
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (!Character.isWhitespace(x & 0xff) && (x & 0xff) != 0xEF && (x & 0xff) != 0xBB && (x & 0xff) != 0xBF) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control characters in the first 8 KiB mean binary (PDF, image, archive). */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
