package org.newskg.resolve;

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
    private static final Set<String> PUBLICATION_SUFFIXES = Set.of("Times", "Journal", "Post", "News", "Herald", "Tribune");

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

        Group root() {
            Group g = this;
            while (g.target != g) g = g.target;
            return g;
        }
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
            EntityType type = w.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
            if (w.get(type) < MIN_EVIDENCE) continue;
            Group canonical = e.getValue().stream().max(Comparator.comparingInt(Group::words)
                    .thenComparingInt(g -> g.mentions.size())).orElseThrow();
            // a name is written with a straight apostrophe whatever the typesetting ("Globex’s" is "Globex's")
            String name = canonical.surface().replace('’', '\'');
            List<String> aliases = e.getValue().stream().map(g -> g.surface().replace('’', '\''))
                    .filter(s -> !s.equals(name)).distinct().toList();
            ms.sort(Comparator.comparing(Mention::span));
            List<Mention> typed = ms.stream().map(m -> m.withType(type)).toList();
            out.add(new Entity(Entity.keyOf(type, name), type, name, aliases, typed));
        }
        out.sort(Comparator.comparingInt(en -> en.mentions().get(0).span().begin()));
        return mergeSameKey(out);
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
                if (pair[0].best() == EntityType.ORGANIZATION && pair[1].best() == EntityType.ORGANIZATION
                        && pair[0].weight.getOrDefault(EntityType.ORGANIZATION, 0.0) >= 0.3) {
                    boost.merge(pair[1], 0.1, Double::sum);
                }
            }
        }
        boost.forEach((g, v) -> g.weight.merge(EntityType.ORGANIZATION, Math.min(v, 0.3), Double::sum));
    }

    /** "Acme Forge", "Initech Hub": an organization's name followed by a plain word names one of its products. */
    private static void productsNamedAfterMakers(Map<String, Group> groups) {
        for (Group g : groups.values()) {
            String[] w = g.surface().split("\\s+");
            String tail = w[w.length - 1];
            if (w.length >= 2 && headIsOrganization(groups, w, 1) && tail.matches("\\p{Lu}\\p{Ll}+|\\p{Ll}.*|.*\\d.*")
                    && !SUFFIX_WORDS.contains(tail)) {
                g.weight.merge(EntityType.PRODUCT, 0.6, Double::sum);
            }
        }
    }

    private static final Set<String> SUFFIX_WORDS = Set.of("Inc", "Corp", "Corporation", "Ltd", "LLC", "Group",
            "Holdings", "Labs", "Lab", "Technologies", "Systems", "Research", "Ventures", "Capital", "Partners", "Media",
            "Foundation", "Institute", "University", "Bank", "Securities", "Financial", "Studios", "Games", "News",
            "Times", "Journal", "Post", "Network", "Networks", "Health", "Energy", "Motors", "Airlines", "Japan",
            "China", "India", "Europe", "America", "Cloud", "AI", "Computer", "Computers", "Software", "Music",
            "Records", "Entertainment", "Pictures", "Electronics", "Industries", "International", "Global", "USA", "UK");

    /** A short name joins the one longer name that ends with it, when the longer one is a person or is led by an organization. */
    private static void linkShortForms(Map<String, Group> groups) {
        List<Group> all = new ArrayList<>(groups.values());
        for (Group shortG : all) {
            String[] sw = shortG.surface().split("\\s+");
            Group match = null;
            int matches = 0;
            for (Group longG : all) {
                if (longG == shortG || longG.words() <= sw.length) continue;
                String[] lw = longG.surface().split("\\s+");
                // "Maria" for "Maria Okafor", as press releases call people by their first name
                boolean firstName = sw.length == 1 && lw[0].equals(sw[0]) && longG.best() == EntityType.PERSON;
                if (!endsWith(lw, sw) && !startsWithOrgName(lw, sw) && !firstName) continue;
                EntityType lt = longG.best();
                boolean ok = switch (lt) {
                    // "Okafor" for the full name; "Maria" too, as press releases call people by their first name
                    case PERSON -> sw.length == 1 && (endsWith(lw, sw) || lw[0].equals(sw[0])
                            && shortG.weight.getOrDefault(EntityType.ORGANIZATION, 0.0) < 0.3);
                    case ORGANIZATION, PRODUCT -> endsWith(lw, sw) ? headIsOrganization(groups, lw, sw.length)
                            : !PUBLICATION_SUFFIXES.contains(lw[lw.length - 1]) && lt == EntityType.ORGANIZATION;
                };
                if (ok) {
                    if (match == null || longG.mentions.size() > match.mentions.size()) match = longG;
                    matches++;
                }
            }
            if (match != null && (matches == 1 || match.best() == EntityType.PERSON)) {
                shortG.target = match;
            }
        }
    }

    private static boolean startsWithOrgName(String[] lw, String[] sw) {
        // "Acme" for "Acme Corp": the rest of the long name is a company suffix, checked by the caller's type.
        if (lw.length != sw.length + 1) return false;
        for (int k = 0; k < sw.length; k++) {
            if (!lw[k].equals(sw[k])) return false;
        }
        String rest = lw[lw.length - 1];
        return Set.of("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "Group", "Holdings", "Co.",
                "plc", "PLC", "AG", "SA", "GmbH", "Labs", "Technologies", "Systems").contains(rest)
                || rest.matches("\\p{Lu}{2,3}") && !rest.equals("US") && !rest.equals("UK");
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
