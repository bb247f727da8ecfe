package org.newskg.text;

import org.newskg.lang.Language;
import org.newskg.error.NewsKgException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of general words or phrases (titles, company suffixes, given names, …) read from a bundled list under
 * {@code lexicon/} of a language pack ({@code org/newskg/lang/en/lexicon/}): one entry a line, optionally followed
 * by a tab and tags naming the narrower lists it belongs to (see {@link org.newskg.lang.Language#tagged}), {@code #} starts a comment. Lookups ignore case unless the
 * lexicon was loaded case-sensitive.
 */
public final class Lexicon {
    private final Set<String> entries;
    private final boolean caseSensitive;
    private final int maxWords;
    private final Set<String> firstWords;

    private Lexicon(Set<String> entries, boolean caseSensitive, int maxWords) {
        this.entries = Set.copyOf(entries);
        this.caseSensitive = caseSensitive;
        this.maxWords = maxWords;
        Set<String> first = new HashSet<>();
        for (String e : this.entries) first.add(e.split("\\s+", 2)[0]);
        this.firstWords = Set.copyOf(first);
    }

    /**
     * Loads {@code lexicon/NAME.txt} of the English pack from the class path.
     *
     * @throws NewsKgException when the list is missing (a packaging error)
     */
    public static Lexicon load(String name, boolean caseSensitive) {
        String path = Language.english().folder() + "lexicon/" + name + ".txt";
        Set<String> out = new HashSet<>();
        int maxWords = 1;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new NewsKgException("lexicon " + path + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).split("\t", 2)[0].strip();
                if (!s.isEmpty()) {
                    out.add(caseSensitive ? s : s.toLowerCase(Locale.ROOT));
                    maxWords = Math.max(maxWords, s.split("\\s+").length);
                }
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot read lexicon " + path + ": " + e.getMessage(), e);
        }
        return new Lexicon(out, caseSensitive, maxWords);
    }

    /** True when the word or phrase is in the list. */
    public boolean contains(String s) {
        return entries.contains(caseSensitive ? s : s.toLowerCase(Locale.ROOT));
    }

    /** True when some entry starts with this word ("chief" for "chief executive"); case as {@link #contains}. */
    public boolean startsEntry(String word) {
        return firstWords.contains(caseSensitive ? word : word.toLowerCase(Locale.ROOT));
    }

    /** The most words an entry has. */
    public int maxWords() {
        return maxWords;
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }
}
