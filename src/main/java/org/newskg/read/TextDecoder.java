package org.newskg.read;

import org.newskg.error.ArticleReadException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an input's bytes into text, decoding whatever can be decoded and refusing only what is really binary:
 * <ul>
 *   <li>a byte order mark names the encoding (UTF-8, UTF-16 or UTF-32, either byte order), and so does the pattern
 *       of zero bytes of BOM-less UTF-16 or UTF-32 text;</li>
 *   <li>otherwise an HTML page's encoding is guessed by {@link CharsetGuess}, and plain text is UTF-8 when its bytes
 *       are valid UTF-8 and Windows-1252 (a superset of Latin-1) when they are not;</li>
 *   <li>stray control characters (a few NULs, form feeds, escape codes pasted into a page) are dropped;</li>
 *   <li>input is binary, and refused, when it starts with the signature of a binary format (PDF, images,
 *       archives, office files) or when control characters make up more than one in twenty of its first 8,192
 *       characters.</li>
 * </ul>
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 8192;
    private static final String[] SIGNATURES = {"%PDF-", "\u0089PNG", "GIF87a", "GIF89a", "\u00FF\u00D8\u00FF",
            "PK\u0003\u0004", "\u001F\u008B", "BZh", "\u00FD7zXZ", "7z\u00BC\u00AF", "Rar!", "\u00D0\u00CF\u0011\u00E0",
            "\u007FELF", "RIFF", "OggS", "ID3", "\u0000\u0000\u0001\u0000"};

    private TextDecoder() {
    }

    /** An encoding told by the bytes themselves, and how many bytes of mark to skip. */
    private record Detected(Charset charset, int skip) {
    }

    /**
     * The input's text, without a byte order mark and without stray control characters.
     *
     * @param html whether the input is an HTML page (its {@code <meta charset>} may then name the encoding)
     * @throws ArticleReadException when the input is binary or holds nothing but white space
     */
    static String decode(ArticleInput input, boolean html) {
        byte[] b = input.bytes();
        if (hasBinarySignature(b)) throw binary(input);
        Charset cs;
        int skip = 0;
        Optional<Detected> d = detect(b);
        if (d.isPresent()) {
            cs = d.get().charset();
            skip = d.get().skip();
        } else if (html) {
            cs = CharsetGuess.of(b, input.charset());
        } else {
            boolean utf8 = CharsetGuess.validUtf8(b);
            cs = input.charset().filter(c -> !c.equals(StandardCharsets.UTF_8) || utf8)
                    .orElse(utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
        }
        String s = new String(b, skip, b.length - skip, cs);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (controlShare(s) * 20 > 1) throw binary(input);
        s = withoutControls(s);
        if (s.isBlank()) throw new ArticleReadException(input.origin() + ": input is empty");
        return s;
    }

    /** The first characters of the input, decoded far enough to tell HTML from plain text. */
    static String head(byte[] bytes) {
        Optional<Detected> d = detect(bytes);
        Charset cs = d.map(Detected::charset).orElse(StandardCharsets.ISO_8859_1);
        int skip = d.map(Detected::skip).orElse(0);
        int n = Math.min(bytes.length - skip, 4096) & ~3;
        return new String(bytes, skip, Math.max(0, n), cs).replace("\uFEFF", "");
    }

    private static Optional<Detected> detect(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) return Optional.of(new Detected(Charset.forName("UTF-32BE"), 4));
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) return Optional.of(new Detected(Charset.forName("UTF-32LE"), 4));
        if (starts(b, 0xEF, 0xBB, 0xBF)) return Optional.of(new Detected(StandardCharsets.UTF_8, 3));
        if (starts(b, 0xFE, 0xFF)) return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
        if (starts(b, 0xFF, 0xFE)) return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
        return withoutMark(b).map(cs -> new Detected(cs, 0));
    }

    /**
     * BOM-less UTF-16 or UTF-32 of mostly Latin text: zero bytes in the same places of nearly every unit, and
     * hardly anywhere else.
     */
    private static Optional<Charset> withoutMark(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~3;
        if (n < 16) return Optional.empty();
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) if (b[i] == 0) zeros[i % 4]++;
        int units = n / 4;
        boolean[] z = new boolean[4];
        for (int k = 0; k < 4; k++) z[k] = zeros[k] * 10 >= units * 9;
        boolean[] none = new boolean[4];
        for (int k = 0; k < 4; k++) none[k] = zeros[k] * 10 <= units;
        if (z[0] && z[1] && z[2] && none[3]) return Optional.of(Charset.forName("UTF-32BE"));
        if (none[0] && z[1] && z[2] && z[3]) return Optional.of(Charset.forName("UTF-32LE"));
        if (z[0] && z[2] && none[1] && none[3]) return Optional.of(StandardCharsets.UTF_16BE);
        if (z[1] && z[3] && none[0] && none[2]) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    private static boolean hasBinarySignature(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1);
        for (String sig : SIGNATURES) if (head.startsWith(sig)) return true;
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7F && c <= 0x9F;
    }

    private static double controlShare(String s) {
        int n = Math.min(s.length(), SAMPLE);
        if (n == 0) return 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isControl(c) && c != '\f' || c == '\uFFFD') control++;
        }
        return control / (double) n;
    }

    private static String withoutControls(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (b == null) b = new StringBuilder(s.length()).append(s, 0, i);
                if (c == '\f' || c == '\u000B') b.append('\n');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static ArticleReadException binary(ArticleInput input) {
        return new ArticleReadException(input.origin() + ": input is binary data, not an HTML page or text");
    }
}
