package org.newskg.text;

import org.newskg.lang.Language;
import org.newskg.error.NewsKgException;

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
        Set<String> out = new HashSet<>();
        int maxWords = 1;
        for (String line : Language.english().lines("lexicon/" + name)) {
            String s = line.split("\t", 2)[0].strip();
            if (!s.isEmpty()) {
                out.add(caseSensitive ? s : s.toLowerCase(Locale.ROOT));
                maxWords = Math.max(maxWords, s.split("\\s+").length);
            }
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
