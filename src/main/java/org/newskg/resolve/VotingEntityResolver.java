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
    static final double MIN_EVIDENCE = 0.45;


    private final org.newskg.text.Lexicon givenNames;
    private final org.newskg.text.Lexicon orgSuffixes;
    private final org.newskg.text.Lexicon locations;
    private final ShortFormLinker shortForms;

    /** A resolver that knows the bundled given names. */
    public VotingEntityResolver() {
        this(org.newskg.text.Lexicons.standard());
    }

    public VotingEntityResolver(org.newskg.text.Lexicons lex) {
        this.givenNames = lex.givenNames();
        this.orgSuffixes = lex.orgSuffixes();
        this.locations = lex.locations();
        this.shortForms = new ShortFormLinker(lex);
    }

    @Override
    public List<Entity> resolve(AnnotatedText text, List<Mention> mentions) {
        Map<String, MentionGroup> groups = new LinkedHashMap<>();
        Map<Span, Boolean> seenSpan = new LinkedHashMap<>();
        for (Mention m : mentions) {
            MentionGroup g = groups.computeIfAbsent(Names.slug(m.surface()), MentionGroup::new);
            if (seenSpan.put(m.span(), Boolean.TRUE) == null) g.mentions.add(m);
            g.weight.merge(m.type(), m.confidence(), Double::sum);
        }
        productsNamedAfterMakers(groups);
        coordinated(text.text(), mentions, groups);
        shortForms.linkShortForms(groups);
        shortForms.linkAcronyms(text.text(), mentions, groups);
        shortForms.linkLoneAcronyms(groups);
        Map<MentionGroup, List<MentionGroup>> members = new LinkedHashMap<>();
        for (MentionGroup g : groups.values()) members.computeIfAbsent(g.root(), k -> new ArrayList<>()).add(g);
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<MentionGroup, List<MentionGroup>> e : members.entrySet()) {
            Map<EntityType, Double> w = new EnumMap<>(EntityType.class);
            List<Mention> ms = new ArrayList<>();
            for (MentionGroup g : e.getValue()) {
                g.weight.forEach((t, v) -> w.merge(t, v, Double::sum));
                ms.addAll(g.mentions);
            }
            // "Jane Doe … Doe": a surname that joined a person's full name is that person, whatever its own contexts
            EntityType type = e.getValue().size() > 1 && e.getKey().best() == EntityType.PERSON ? EntityType.PERSON
                    : w.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
            if (w.get(type) < MIN_EVIDENCE) continue;
            MentionGroup canonical = e.getValue().stream().max(Comparator.comparingInt(MentionGroup::words)
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
    private static String withMaker(String text, String name, List<Mention> mentions, Map<String, MentionGroup> groups) {
        if (!MODEL.matcher(name).matches()) return name;
        for (Mention m : mentions) {
            String before = text.substring(Math.max(0, m.span().begin() - 80), m.span().begin());
            java.util.regex.Matcher mm = MAKER_BEFORE.matcher(before);
            if (!mm.find()) continue;
            MentionGroup maker = groups.get(Names.slug(mm.group(1)));
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
    private static void coordinated(String text, List<Mention> mentions, Map<String, MentionGroup> groups) {
        List<Mention> spans = new ArrayList<>();
        for (Mention m : mentions) {
            if (spans.isEmpty() || !spans.get(spans.size() - 1).span().equals(m.span())) spans.add(m);
        }
        Map<MentionGroup, Double> boost = new LinkedHashMap<>();
        for (int k = 0; k + 1 < spans.size(); k++) {
            Mention a = spans.get(k), b = spans.get(k + 1);
            if (a.sentence() != b.sentence() || b.span().begin() < a.span().end()) continue;
            String between = text.substring(a.span().end(), b.span().begin());
            if (!between.matches(",\\s*|\\s+and\\s+|,\\s+and\\s+|\\s+or\\s+|\\s*/\\s*|\\s*&\\s*")) continue;
            MentionGroup ga = groups.get(Names.slug(a.surface())), gb = groups.get(Names.slug(b.surface()));
            if (ga == null || gb == null || ga == gb) continue;
            for (MentionGroup[] pair : new MentionGroup[][]{{ga, gb}, {gb, ga}}) {
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
    private void productsNamedAfterMakers(Map<String, MentionGroup> groups) {
        Set<MentionGroup> makers = new java.util.LinkedHashSet<>();
        for (MentionGroup g : groups.values()) {
            String[] w = g.surface().split("\\s+");
            String tail = w[w.length - 1];
            // not "Globex Howard" (a second surname) nor "Globex Airplanes" (a plural: a division)
            int madeBy = 0;
            for (int t = 1; t < w.length && madeBy == 0; t++) madeBy = ShortFormLinker.headIsOrganization(groups, w, t) ? t : 0;
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

    static final Set<String> SUFFIX_WORDS = Language.english().words("resolve/suffix-words");

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
