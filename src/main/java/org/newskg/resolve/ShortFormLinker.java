package org.newskg.resolve;

import org.newskg.lang.Language;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins short forms to the names they stand for, inside one article: a last part to the longer name that ends with
 * it ("Okafor", "Maria Okafor"; "Forge", "Acme Forge"), an acronym to the name it abbreviates ("GDS" for "Globex Data Systems"), and a lone
 * acronym to the only name it fits. A part of {@link VotingEntityResolver}.
 */
final class ShortFormLinker {
    private final org.newskg.text.Lexicon givenNames;
    private final org.newskg.text.Lexicon orgSuffixes;
    private final org.newskg.text.Lexicon locations;

    ShortFormLinker(org.newskg.text.Lexicons lex) {
        this.givenNames = lex.givenNames();
        this.orgSuffixes = lex.orgSuffixes();
        this.locations = lex.locations();
    }

    /** Last words of names of bodies that are not the organization named by the words before them. */
    private static final Set<String> INSTITUTIONS = Language.english().tagged("lexicon/org-suffixes", "institution");
    private static final Set<String> PUBLICATION_SUFFIXES = Language.english().tagged("lexicon/org-suffixes", "publication");

    /** A short name joins the one longer name that ends with it, when the longer one is a person or is led by an organization. */
    void linkShortForms(Map<String, MentionGroup> groups) {
        List<MentionGroup> all = new ArrayList<>(groups.values());
        // "iWidgets" and "iWidget": a product's plural is the product
        Set<MentionGroup> plurals = new java.util.HashSet<>();
        for (MentionGroup g : all) {
            String sf = g.surface();
            if (sf.contains(" ") || !sf.matches(".*[^sS]s") || g.target != g) continue;
            MentionGroup one = groups.get(Names.slug(sf.substring(0, sf.length() - 1)));
            if (one != null && one != g && one.root() != g && one.best() == EntityType.PRODUCT) {
                g.target = one.root();
                plurals.add(g);
            }
        }
        // "Globex Inc", "Globex Corp" and "Globex": every name that only adds a company suffix joins the bare name
        for (MentionGroup bare : all) {
            if (bare.best() != EntityType.ORGANIZATION || bare.target != bare) continue;
            String[] sw = bare.surface().split("\\s+");
            for (MentionGroup longG : all) {
                if (longG != bare && longG.target == longG && longG.best() == EntityType.ORGANIZATION
                        && startsWithOrgName(longG.surface().split("\\s+"), sw)) {
                    longG.target = bare;
                }
            }
        }
        for (MentionGroup shortG : all) {
            // a name others already join keeps them, unless they are only its plural ("X900s" for "X900")
            if (shortG.target != shortG
                    || all.stream().anyMatch(g -> g != shortG && g.target == shortG && !plurals.contains(g))) continue;
            String[] sw = shortG.surface().split("\\s+");
            MentionGroup match = null;
            int matches = 0;
            for (MentionGroup longG : all) {
                if (longG == shortG || longG.words() <= sw.length) continue;
                String[] lw = longG.surface().split("\\s+");
                // "Maria" for "Maria Okafor", as press releases call people by their first name
                boolean firstName = sw.length == 1 && lw[0].equals(sw[0]) && longG.best() == EntityType.PERSON;
                // "Globex" after "Globex Howard" was named in full: the short form of a two-word company name
                boolean introduced = sw.length == 1 && lw.length == 2 && lw[0].equals(sw[0])
                        && longG.best() == EntityType.ORGANIZATION && longG.first() < shortG.first()
                        && !VotingEntityResolver.SUFFIX_WORDS.contains(lw[1]) && !groups.containsKey(Names.slug(lw[1]))
                        && !lw[1].matches(".*\\p{Ll}\\p{Lu}.*");
                // "Jane Doe" for "Jane Q. Doe"
                boolean initial = lw.length == 3 && sw.length == 2 && lw[1].matches("\\p{Lu}\\.?")
                        && lw[0].equals(sw[0]) && lw[2].equals(sw[1]) && longG.best() == EntityType.PERSON;
                if (initial) {
                    match = longG;
                    matches = 1;
                    break;
                }
                if (!endsWith(lw, sw) && !startsWithOrgName(lw, sw) && !firstName && !introduced) continue;
                EntityType lt = longG.best();
                boolean ok = switch (lt) {
                    // "Okafor" for the full name; "Maria" too, as press releases call people by their first name
                    case PERSON -> sw.length == 1 && (endsWith(lw, sw) || lw[0].equals(sw[0])
                            && shortG.weight.getOrDefault(EntityType.ORGANIZATION, 0.0) < (givenNames.contains(sw[0]) ? 0.6 : 0.3));
                    // "X900" for "Globex X900": a model number names one product
                    // "Coast Guard" for "Freedonian Coast Guard": a country's body
                    case ORGANIZATION, PRODUCT -> endsWith(lw, sw) ? headIsOrganization(groups, lw, sw.length)
                            || lt == EntityType.ORGANIZATION && sw.length >= 2 && headIsPlace(lw, sw.length)
                            || lt == EntityType.PRODUCT && sw.length == 1 && sw[0].matches(".*\\p{L}.*\\d.*|.*\\d.*\\p{L}.*")
                            : !PUBLICATION_SUFFIXES.contains(lw[lw.length - 1]) && lt == EntityType.ORGANIZATION;
                };
                if (ok) {
                    if (match == null || longG.mentions.size() > match.mentions.size()) match = longG;
                    matches++;
                }
            }
            if (match != null && match.root() != shortG && (matches == 1 || match.best() == EntityType.PERSON)) {
                shortG.target = match;
            }
        }
    }

    /**
     * "Global Energy Exchange (GEX)": an acronym in parentheses right after a name whose words it abbreviates is
     * that name.
     */
    void linkAcronyms(String text, List<Mention> mentions, Map<String, MentionGroup> groups) {
        Mention prev = null;
        for (Mention m : mentions) {
            if (prev != null && !prev.span().equals(m.span()) && m.span().begin() > prev.span().end()
                    && text.substring(prev.span().end(), m.span().begin()).matches("\\s*\\(\\s*")
                    && text.startsWith(")", m.span().end()) && m.surface().matches("\\p{Lu}[\\p{Lu}&]{1,6}")
                    && abbreviates(m.surface(), prev.surface())) {
                MentionGroup shortG = groups.get(Names.slug(m.surface())), longG = groups.get(Names.slug(prev.surface()));
                if (shortG != null && longG != null && shortG.target == shortG && longG.root() != shortG) {
                    shortG.target = longG.root();
                }
            }
            if (prev == null || !prev.span().equals(m.span())) prev = m;
        }
    }

    /**
     * Whether {@code acronym} abbreviates {@code name}: every word of the name gives its initial and maybe more of its
     * letters, in order ("FNA" for "Freedonia National Airways"); little words and a trailing company suffix may give none.
     */
    boolean abbreviates(String acronym, String name) {
        String a = acronym.replace("&", "").toLowerCase(java.util.Locale.ROOT);
        String[] words = name.replace("&", " ").trim().split("[\\s-]+");
        if (a.length() < 2 || words.length < 2) return false;
        return abbreviates(a, 0, words, 0);
    }

    /** Words an acronym may leave out ("Bank of America" is BoA or BA). */
    private static final Set<String> ABBREVIATION_SKIPS = Language.english().words("resolve/abbreviation-skips");

    private boolean abbreviates(String a, int k, String[] words, int w) {
        if (w == words.length) return k == a.length();
        String word = words[w].toLowerCase(java.util.Locale.ROOT);
        boolean optional = ABBREVIATION_SKIPS.contains(word)
                || w == words.length - 1 && orgSuffixes.contains(words[w].replace(".", "")) || word.isEmpty();
        if (optional && abbreviates(a, k, words, w + 1)) return true;
        // "Exchange" and "Express" give an X
        boolean x = k < a.length() && a.charAt(k) == 'x' && word.startsWith("ex");
        if (word.isEmpty() || k >= a.length() || a.charAt(k) != word.charAt(0) && !x) return false;
        // the initial, then any further letters of the same word, in order
        int c = 1, kk = k + 1;
        if (abbreviates(a, kk, words, w + 1)) return true;
        while (kk < a.length()) {
            int at = word.indexOf(a.charAt(kk), c);
            if (at < 0) return false;
            c = at + 1;
            kk++;
            if (abbreviates(a, kk, words, w + 1)) return true;
        }
        return false;
    }

    /** "FNA" for "Freedonia National Airways" named elsewhere in the text: an acronym that abbreviates one company name. */
    void linkLoneAcronyms(Map<String, MentionGroup> groups) {
        for (MentionGroup g : groups.values()) {
            if (g.target != g || !g.surface().matches("\\p{Lu}{2,5}") || g.best() == EntityType.PERSON && g.total() >= VotingEntityResolver.MIN_EVIDENCE) continue;
            MentionGroup only = null;
            int found = 0;
            for (MentionGroup longG : groups.values()) {
                if (longG != g && longG.root() != g && longG.words() >= 2 && longG.root().best() == EntityType.ORGANIZATION
                        && abbreviates(g.surface(), longG.surface())) {
                    if (only == null || only.root() != longG.root()) found++;
                    only = longG;
                }
            }
            if (found == 1) g.target = only.root();
        }
    }

    private boolean startsWithOrgName(String[] lw, String[] sw) {
        // "Acme" for "Acme Corp": the rest of the long name is a company suffix, checked by the caller's type.
        if (lw.length != sw.length + 1) return false;
        for (int k = 0; k < sw.length; k++) {
            if (!lw[k].equals(sw[k])) return false;
        }
        String rest = lw[lw.length - 1];
        return orgSuffixes.contains(rest) && !INSTITUTIONS.contains(rest)
                || rest.matches("\\p{Lu}{2,3}") && !rest.equals("US") && !rest.equals("UK");
    }

    private boolean headIsPlace(String[] lw, int tail) {
        return locations.contains(String.join(" ", java.util.Arrays.copyOfRange(lw, 0, lw.length - tail)));
    }

    static boolean headIsOrganization(Map<String, MentionGroup> groups, String[] lw, int tail) {
        StringBuilder head = new StringBuilder();
        for (int k = 0; k < lw.length - tail; k++) head.append(k > 0 ? " " : "").append(lw[k]);
        MentionGroup h = groups.get(Names.slug(head.toString()));
        return h != null && h.best() == EntityType.ORGANIZATION && h.root() == h;
    }

    private static boolean endsWith(String[] lw, String[] sw) {
        for (int k = 1; k <= sw.length; k++) {
            if (!lw[lw.length - k].equals(sw[sw.length - k])) return false;
        }
        return true;
    }
}
