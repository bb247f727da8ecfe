package org.newskg.resolve;

import org.newskg.lang.Language;
import org.newskg.model.AnnotatedText;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves mentions by name: mentions with the same normalized name are one entity; a name that is the last part
 * of a longer name of the same entity kind ("Okafor", "Maria Okafor"; "Forge", "Acme Forge" when "Acme" is an
 * organization) joins it; the type with the most evidence summed over all mentions wins, and names with too little
 * evidence are dropped.
 */
public final class VotingEntityResolver implements EntityResolver {
    private static final double MIN_EVIDENCE = 0.45;
    private static final Set<String> PUBLICATION_SUFFIXES = Language.english().words("resolve/publication-suffixes");

    /** Mentions of one name, with the evidence summed per type. */
    private static final class Group {
        final String slug;
        final List<Mention> mentions = new ArrayList<>();
        final Map<EntityType, Double> weight = new EnumMap<>(EntityType.class);
        Group target = this;

        Group(String slug) {
            this.slug = slug;
        }

        String surface() {
            return mentions.get(0).surface();
        }

        int words() {
            return surface().split("\\s+").length;
        }

        EntityType best() {
            return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(EntityType.ORGANIZATION);
        }

        double total() {
            return weight.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        int first() {
            return mentions.get(0).span().begin();
        }

        Group root() {
            Group g = this;
            while (g.target != g) g = g.target;
            return g;
        }
    }

    /** Last words of names of bodies that are not the organization named by the words before them. */
    private static final Set<String> INSTITUTIONS = Language.english().words("resolve/institutions");
    private final org.newskg.text.Lexicon givenNames;
    private final org.newskg.text.Lexicon orgSuffixes;
    private final org.newskg.text.Lexicon locations;

    /** A resolver that knows the bundled given names. */
    public VotingEntityResolver() {
        this(org.newskg.text.Lexicons.standard());
    }

    public VotingEntityResolver(org.newskg.text.Lexicons lex) {
        this.givenNames = lex.givenNames();
        this.orgSuffixes = lex.orgSuffixes();
        this.locations = lex.locations();
    }

    @Override
    public List<Entity> resolve(AnnotatedText text, List<Mention> mentions) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<Span, Boolean> seenSpan = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Group g = groups.computeIfAbsent(Names.slug(m.surface()), Group::new);
            if (seenSpan.put(m.span(), Boolean.TRUE) == null) g.mentions.add(m);
            g.weight.merge(m.type(), m.confidence(), Double::sum);
        }
        productsNamedAfterMakers(groups);
        coordinated(text.text(), mentions, groups);
        linkShortForms(groups);
        linkAcronyms(text.text(), mentions, groups);
        linkLoneAcronyms(groups);
        Map<Group, List<Group>> members = new LinkedHashMap<>();
        for (Group g : groups.values()) members.computeIfAbsent(g.root(), k -> new ArrayList<>()).add(g);
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<Group, List<Group>> e : members.entrySet()) {
            Map<EntityType, Double> w = new EnumMap<>(EntityType.class);
            List<Mention> ms = new ArrayList<>();
            for (Group g : e.getValue()) {
                g.weight.forEach((t, v) -> w.merge(t, v, Double::sum));
                ms.addAll(g.mentions);
            }
            // "Jane Doe … Doe": a surname that joined a person's full name is that person, whatever its own contexts
            EntityType type = e.getValue().size() > 1 && e.getKey().best() == EntityType.PERSON ? EntityType.PERSON
                    : w.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
            if (w.get(type) < MIN_EVIDENCE) continue;
            Group canonical = e.getValue().stream().max(Comparator.comparingInt(Group::words)
                    .thenComparingInt(g -> g.mentions.size())).orElseThrow();
            // a name is written with a straight apostrophe whatever the typesetting ("Globex’s" is "Globex's")
            String surface = canonical.surface().replace('’', '\'');
            String name = type == EntityType.PRODUCT ? withMaker(text.text(), singular(surface), ms, groups) : surface;
            List<String> aliases = e.getValue().stream().map(g -> g.surface().replace('’', '\''))
                    .filter(s -> !s.equals(name)).distinct().toList();
            ms.sort(Comparator.comparing(Mention::span));
            List<Mention> typed = ms.stream().map(m -> m.withType(type)).toList();
            out.add(new Entity(Entity.keyOf(type, name), type, name, aliases, typed));
        }
        out.sort(Comparator.comparingInt(en -> en.mentions().get(0).span().begin()));
        return mergeSameKey(out);
    }

    private static final java.util.regex.Pattern MODEL = java.util.regex.Pattern.compile("\\p{Lu}{1,3}-?\\d+[\\p{L}\\d-]*");
    private static final java.util.regex.Pattern MAKER_BEFORE = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}\\d&.-]*(?: \\p{Lu}[\\p{L}\\d&.-]*)?)(?:['’]s?) (?:\\p{Ll}[\\p{Ll}-]* ){0,3}$");

    /** "X200s" is the X200. */
    private static String singular(String name) {
        return name.matches("\\p{Lu}{1,3}-?\\d+s") ? name.substring(0, name.length() - 1) : name;
    }

    /** "Globex's new X200" with no "Globex X200" in the text: a bare model number is named with its maker's name. */
    private static String withMaker(String text, String name, List<Mention> mentions, Map<String, Group> groups) {
        if (!MODEL.matcher(name).matches()) return name;
        for (Mention m : mentions) {
            String before = text.substring(Math.max(0, m.span().begin() - 80), m.span().begin());
            java.util.regex.Matcher mm = MAKER_BEFORE.matcher(before);
            if (!mm.find()) continue;
            Group maker = groups.get(Names.slug(mm.group(1)));
            if (maker != null && maker.root().best() == EntityType.ORGANIZATION) {
                return maker.root().surface().split("\\s+")[0].equals(mm.group(1).split("\\s+")[0])
                        ? mm.group(1) + " " + name : name;
            }
        }
        return name;
    }

    /**
     * "Acme and Globex", "Initech, Hooli and Vandelay": names in a list are usually of one kind, so a
     * name listed with an organization gains organization evidence.
     */
    private static void coordinated(String text, List<Mention> mentions, Map<String, Group> groups) {
        List<Mention> spans = new ArrayList<>();
        for (Mention m : mentions) {
            if (spans.isEmpty() || !spans.get(spans.size() - 1).span().equals(m.span())) spans.add(m);
        }
        Map<Group, Double> boost = new LinkedHashMap<>();
        for (int k = 0; k + 1 < spans.size(); k++) {
            Mention a = spans.get(k), b = spans.get(k + 1);
            if (a.sentence() != b.sentence() || b.span().begin() < a.span().end()) continue;
            String between = text.substring(a.span().end(), b.span().begin());
            if (!between.matches(",\\s*|\\s+and\\s+|,\\s+and\\s+|\\s+or\\s+|\\s*/\\s*|\\s*&\\s*")) continue;
            Group ga = groups.get(Names.slug(a.surface())), gb = groups.get(Names.slug(b.surface()));
            if (ga == null || gb == null || ga == gb) continue;
            for (Group[] pair : new Group[][]{{ga, gb}, {gb, ga}}) {
                if (pair[0].best() == EntityType.ORGANIZATION && pair[0].weight.getOrDefault(EntityType.ORGANIZATION, 0.0) >= 0.3) {
                    if (pair[1].best() == EntityType.ORGANIZATION) {
                        boost.merge(pair[1], 0.1, Double::sum);
                    } else if (pair[1].total() < 0.3 && pair[0].total() >= MIN_EVIDENCE) {
                        // "between Globex and Initech Howard": a name with little evidence of its own, listed with a company
                        boost.merge(pair[1], 0.3, Double::sum);
                    }
                }
            }
        }
        boost.forEach((g, v) -> g.weight.merge(EntityType.ORGANIZATION, Math.min(v, 0.35), Double::sum));
    }

    /** "Acme Forge", "Initech Hub": an organization's name followed by a plain word names one of its products. */
    private void productsNamedAfterMakers(Map<String, Group> groups) {
        Set<Group> makers = new java.util.LinkedHashSet<>();
        for (Group g : groups.values()) {
            String[] w = g.surface().split("\\s+");
            String tail = w[w.length - 1];
            // not "Globex Howard" (a second surname) nor "Globex Airplanes" (a plural: a division)
            int madeBy = 0;
            for (int t = 1; t < w.length && madeBy == 0; t++) madeBy = headIsOrganization(groups, w, t) ? t : 0;
            if (w.length >= 2 && madeBy > 0 && tail.matches("\\p{Lu}\\p{Ll}+|\\p{Ll}.*|.*\\d.*")
                    && !SUFFIX_WORDS.contains(tail) && !tail.matches("\\p{Lu}\\p{Ll}+[^s]s")
                    && !givenNames.contains(tail)) {
                g.weight.merge(EntityType.PRODUCT, 0.6, Double::sum);
                // and the maker that names a product is a company in its own right ("Globex" of "Globex Forge")
                makers.add(groups.get(Names.slug(String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - madeBy)))));
            }
        }
        makers.forEach(m -> m.weight.merge(EntityType.ORGANIZATION, 0.25, Double::sum));
    }

    private static final Set<String> SUFFIX_WORDS = Language.english().words("resolve/suffix-words");

    /** A short name joins the one longer name that ends with it, when the longer one is a person or is led by an organization. */
    private void linkShortForms(Map<String, Group> groups) {
        List<Group> all = new ArrayList<>(groups.values());
        // "iWidgets" and "iWidget": a product's plural is the product
        for (Group g : all) {
            String sf = g.surface();
            if (sf.contains(" ") || !sf.matches(".*[^sS]s") || g.target != g) continue;
            Group one = groups.get(Names.slug(sf.substring(0, sf.length() - 1)));
            if (one != null && one != g && one.root() != g && one.best() == EntityType.PRODUCT) g.target = one.root();
        }
        // "Globex Inc", "Globex Corp" and "Globex": every name that only adds a company suffix joins the bare name
        for (Group bare : all) {
            if (bare.best() != EntityType.ORGANIZATION || bare.target != bare) continue;
            String[] sw = bare.surface().split("\\s+");
            for (Group longG : all) {
                if (longG != bare && longG.target == longG && longG.best() == EntityType.ORGANIZATION
                        && startsWithOrgName(longG.surface().split("\\s+"), sw)) {
                    longG.target = bare;
                }
            }
        }
        for (Group shortG : all) {
            if (shortG.target != shortG || all.stream().anyMatch(g -> g != shortG && g.target == shortG)) continue;
            String[] sw = shortG.surface().split("\\s+");
            Group match = null;
            int matches = 0;
            for (Group longG : all) {
                if (longG == shortG || longG.words() <= sw.length) continue;
                String[] lw = longG.surface().split("\\s+");
                // "Maria" for "Maria Okafor", as press releases call people by their first name
                boolean firstName = sw.length == 1 && lw[0].equals(sw[0]) && longG.best() == EntityType.PERSON;
                // "Globex" after "Globex Howard" was named in full: the short form of a two-word company name
                boolean introduced = sw.length == 1 && lw.length == 2 && lw[0].equals(sw[0])
                        && longG.best() == EntityType.ORGANIZATION && longG.first() < shortG.first()
                        && !SUFFIX_WORDS.contains(lw[1]) && !groups.containsKey(Names.slug(lw[1]))
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
                    // "A380" for "Globex A380": a model number names one product
                    // "Air Force" for "United States Air Force": a country's body
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
    private void linkAcronyms(String text, List<Mention> mentions, Map<String, Group> groups) {
        Mention prev = null;
        for (Mention m : mentions) {
            if (prev != null && !prev.span().equals(m.span()) && m.span().begin() > prev.span().end()
                    && text.substring(prev.span().end(), m.span().begin()).matches("\\s*\\(\\s*")
                    && text.startsWith(")", m.span().end()) && m.surface().matches("\\p{Lu}[\\p{Lu}&]{1,6}")
                    && abbreviates(m.surface(), prev.surface())) {
                Group shortG = groups.get(Names.slug(m.surface())), longG = groups.get(Names.slug(prev.surface()));
                if (shortG != null && longG != null && shortG.target == shortG && longG.root() != shortG) {
                    shortG.target = longG.root();
                }
            }
            if (prev == null || !prev.span().equals(m.span())) prev = m;
        }
    }

    /**
     * Whether {@code acronym} abbreviates {@code name}: every word of the name gives its initial and maybe more of its
     * letters, in order ("SIA" for "Singapore Airlines"); little words and a trailing company suffix may give none.
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

    /** "SIA" for "Singapore Airlines" named elsewhere in the text: an acronym that abbreviates one company name. */
    private void linkLoneAcronyms(Map<String, Group> groups) {
        for (Group g : groups.values()) {
            if (g.target != g || !g.surface().matches("\\p{Lu}{2,5}") || g.best() == EntityType.PERSON && g.total() >= MIN_EVIDENCE) continue;
            Group only = null;
            int found = 0;
            for (Group longG : groups.values()) {
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

    private static boolean headIsOrganization(Map<String, Group> groups, String[] lw, int tail) {
        StringBuilder head = new StringBuilder();
        for (int k = 0; k < lw.length - tail; k++) head.append(k > 0 ? " " : "").append(lw[k]);
        Group h = groups.get(Names.slug(head.toString()));
        return h != null && h.best() == EntityType.ORGANIZATION && h.root() == h;
    }

    private static boolean endsWith(String[] lw, String[] sw) {
        for (int k = 1; k <= sw.length; k++) {
            if (!lw[lw.length - k].equals(sw[sw.length - k])) return false;
        }
        return true;
    }

    private static List<Entity> mergeSameKey(List<Entity> entities) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : entities) {
            byKey.merge(e.key(), e, (a, b) -> {
                List<Mention> ms = new ArrayList<>(a.mentions());
                ms.addAll(b.mentions());
                ms.sort(Comparator.comparing(Mention::span));
                List<String> al = new ArrayList<>(a.aliases());
                b.aliases().stream().filter(x -> !al.contains(x) && !x.equals(a.name())).forEach(al::add);
                return new Entity(a.key(), a.type(), a.name(), al, ms);
            });
        }
        return List.copyOf(byKey.values());
    }
}
