package org.newskg.corpus;

import org.newskg.lang.Language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How names are compared across articles: tokens, keys, acronyms. */
final class CorpusKeys {
    /** Words an acronym skips ("Freedonia Aeronautic Defence and Space" is FADS). */
    private static final Set<String> FUNCTION = lower(Language.english().tagged("lexicon/function-words", "middle-stop"));
    /** Legal forms ("Inc", "Corp"), lower-cased and without their period. */
    private static final Set<String> LEGAL = lower(Language.english().tagged("lexicon/org-suffixes", "legal-form"));
    /** Words a firm's name may carry or drop and stay the firm's ("Systems", "Group"). */
    private static final Set<String> DESCRIPTORS = lower(Language.english().tagged("lexicon/org-suffixes", "descriptor"));
    /** Countries, regions and cities. */
    private static final Set<String> PLACES = lower(Language.english().words("lexicon/locations"));

    /** Nouns that name a kind of body ("company", "group"): an acronym may leave them out. */
    private static final Set<String> HEADS = Language.english().words("lexicon/org-heads");

    private CorpusKeys() {
    }

    private static Set<String> lower(Set<String> words) {
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT).replace(".", "")).toList());
    }

    /** The name's tokens: NFKC, lower case, no punctuation but inner hyphens and ampersands, no leading "the". */
    static List<String> tokens(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}&\\s-]", " ");
        List<String> out = new ArrayList<>(Arrays.asList(s.trim().split("[\\s-]+")));
        out.removeIf(String::isBlank);
        if (out.size() > 1 && out.get(0).equals("the")) out.remove(0);
        return out;
    }

    /** The tokens without trailing legal forms ("globex corp" is "globex"). */
    static List<String> bare(List<String> tokens) {
        int end = tokens.size();
        while (end > 1 && LEGAL.contains(tokens.get(end - 1))) end--;
        return tokens.subList(0, end);
    }

    /** Whether the word is a legal form or a descriptor of a firm. */
    static boolean descriptor(String word) {
        return LEGAL.contains(word) || DESCRIPTORS.contains(word);
    }

    /** Whether the words (lower case, single spaces) name a place. */
    static boolean place(String words) {
        return PLACES.contains(words);
    }

    /** The key a name is indexed by: its bare tokens joined by spaces. */
    static String key(String name) {
        return String.join(" ", bare(tokens(name)));
    }

    /** The acronym a name written in capitals stands as ("FADS", "F.N."), if it is one. */
    static Optional<String> asAcronym(String name) {
        String s = name.replace(".", "").strip();
        if (s.matches("\\p{Lu}[\\p{Lu}&]{1,7}") && s.chars().filter(Character::isUpperCase).count() >= 2) {
            return Optional.of(s.toLowerCase(Locale.ROOT).replace("&", ""));
        }
        return Optional.empty();
    }

    /**
     * The acronym of a name of two words or more: first letters of the words that are not function words
     * ("Freedonia Aeronautic Defence and Space Company" gives "fadsc", and "fads" without its last word, a noun
     * that names a kind of body).
     */
    static List<String> acronyms(String name) {
        List<String> words = new ArrayList<>(bare(tokens(name)));
        words.removeIf(w -> FUNCTION.contains(w) || w.equals("&"));
        if (words.size() < 2) return List.of();
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(w.charAt(0));
        String all = b.toString();
        boolean head = HEADS.contains(words.get(words.size() - 1)) && all.length() > 2;
        return head ? List.of(all, all.substring(0, all.length() - 1)) : List.of(all);
    }
}
