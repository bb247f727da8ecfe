package org.newskg.text;

import org.newskg.error.NewsKgException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The lower-case words of an English dictionary ({@code english-words.txt.gz}: the 63,875 lower-case entries of
 * SCOWL's American English list as Debian's wamerican package gives it; its notice is in
 * {@code english-words.COPYRIGHT}). A company named by one such word ("Harmony", "Momentum") is linked more warily.
 */
public final class EnglishWords {
    private EnglishWords() {
    }

    private static final class Holder {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            String name = "english-words.txt.gz";
            try (InputStream in = EnglishWords.class.getResourceAsStream(name)) {
                if (in == null) throw new NewsKgException(name + " is missing from the class path");
                Set<String> out = new HashSet<>(100_000);
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) out.add(line.strip());
                return out;
            } catch (IOException e) {
                throw new NewsKgException("cannot read the bundled " + name + ": " + e.getMessage(), e);
            }
        }
    }

    public static boolean contains(String word) {
        return Holder.WORDS.contains(word);
    }
}
