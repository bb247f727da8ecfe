package org.newskg.link;

import org.newskg.error.LinkingException;
import org.newskg.model.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links entities to Wikidata by scoring candidates: how the name matches (label, alias, a label without its
 * legal form, other names), whether the item's type fits (a person must be a human, an organization a company
 * or the like, a product software, a device, a service…), and what the articles say around the entity (an item
 * whose claims name an item linked for a neighbour, a description that names a neighbour). A link is made only
 * above {@link #THRESHOLD}; a person whose name fits several items equally gets none, and so does a name that
 * only a lower-case concept carries ("harmony", "momentum").
 *
 * <pre>
 * EntityLinker linker = new WikidataLinker(LocalWikidataIndex.load(table));
 * LinkResult r = linker.link(requests);
 * </pre>
 */
public final class WikidataLinker implements EntityLinker {
    /** Lowest score that makes a link. */
    public static final double THRESHOLD = 0.6;
    private static final double TIE = 0.03;
    private static final int CANDIDATES = 10;

    private final WikidataLookup lookup;
    private final WikidataTypes types;
    private final List<Pattern> domain;

    public WikidataLinker(WikidataLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.types = WikidataTypes.standard();
        this.domain = domainWords();
    }

    private record Scored(WikidataItem item, double score, String matched, boolean context, boolean domain) {
    }

    @Override
    public LinkResult link(List<LinkRequest> requests) {
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        int attempted = 0;
        for (LinkRequest r : requests) {
            if (!linkable(r)) continue;
            attempted++;
            try {
                candidates.put(r.iri(), lookup.search(r.name(), CANDIDATES));
            } catch (LinkingException e) {
                failures.add(r.name() + ": " + e.getMessage());
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        candidates.values().forEach(ids::addAll);
        Map<String, WikidataItem> items;
        try {
            items = ids.isEmpty() ? Map.of() : lookup.items(ids);
        } catch (LinkingException e) {
            failures.add("fetching " + ids.size() + " candidate items: " + e.getMessage());
            items = Map.of();
        }
        Map<String, Scored> first = new HashMap<>();
        for (LinkRequest r : requests) {
            best(r, candidates.getOrDefault(r.iri(), List.of()), items, Map.of()).ifPresent(s -> first.put(r.iri(), s));
        }
        Map<String, WikidataItem> linked = new HashMap<>();
        first.forEach((iri, s) -> linked.put(iri, s.item()));
        List<Link> links = new ArrayList<>();
        for (LinkRequest r : requests) {
            best(r, candidates.getOrDefault(r.iri(), List.of()), items, linked).ifPresent(s -> links.add(new Link(
                    r.iri(), s.item().id(), s.item().label(), Math.min(1.0, round(s.score())),
                    lookup.method() + (s.context() ? ":name+type+context" : ":name+type"), s.matched())));
        }
        return new LinkResult(links, failures, attempted);
    }

    private static boolean linkable(LinkRequest r) {
        if (r.name().isBlank()) return false;
        return r.type() != EntityType.PERSON || r.name().trim().split("\\s+").length >= 2;
    }

    private Optional<Scored> best(LinkRequest r, List<String> ids, Map<String, WikidataItem> items,
                                  Map<String, WikidataItem> linked) {
        List<Scored> scored = new ArrayList<>();
        List<WikidataItem> candidates = new ArrayList<>();
        for (String id : ids) {
            WikidataItem item = items.get(id);
            if (item == null) continue;
            candidates.add(item);
            score(r, item, linked).ifPresent(scored::add);
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingLong(s -> s.item().number()));
        if (scored.isEmpty() || scored.get(0).score() < THRESHOLD) return Optional.empty();
        boolean tie = scored.size() > 1 && scored.get(0).score() - scored.get(1).score() < TIE;
        boolean byLabel = NameKey.of(scored.get(0).matched()).equals(NameKey.of(scored.get(0).item().label()));
        if (tie && (r.type() == EntityType.PERSON || !byLabel)) return Optional.empty();
        Scored top = scored.get(0);
        if (!top.context() && !top.domain() && commonNoun(r, candidates)) return Optional.empty();
        return Optional.of(top);
    }

    private Optional<Scored> score(LinkRequest r, WikidataItem item, Map<String, WikidataItem> linked) {
        double fit = types.compatibility(item).getOrDefault(r.type(), 0.0);
        if (fit == 0) return Optional.empty();
        Optional<Map.Entry<String, Double>> name = nameMatch(r, item);
        if (name.isEmpty()) return Optional.empty();
        double score = name.get().getValue() * fit;
        boolean context = false;
        for (LinkRequest.Neighbour n : r.neighbours()) {
            WikidataItem other = linked.get(n.iri());
            if (other == null || other.id().equals(item.id())) continue;
            boolean claimed = item.claims().values().stream().anyMatch(v -> v.contains(other.id()))
                    || other.claims().values().stream().anyMatch(v -> v.contains(item.id()));
            if (claimed) context = true;
        }
        if (context) score += 0.2;
        if (mentionsNeighbour(r, item.description())) {
            score += 0.1;
            context = true;
        }
        String d = item.description().toLowerCase(Locale.ROOT);
        boolean inDomain = domain.stream().anyMatch(p -> p.matcher(d).find());
        if (inDomain) score += 0.05;
        return Optional.of(new Scored(item, score, name.get().getKey(), context, inDomain));
    }

    /** The best-matching name of the item and its weight, if the entity's name matches one. */
    private static Optional<Map.Entry<String, Double>> nameMatch(LinkRequest r, WikidataItem item) {
        String key = NameKey.of(r.name());
        boolean person = r.type() == EntityType.PERSON;
        Optional<String> bare = NameKey.withoutLegalSuffix(key);
        List<Map.Entry<String, Double>> forms = new ArrayList<>();
        forms.add(Map.entry(item.label(), 1.0));
        item.aliases().forEach(a -> forms.add(Map.entry(a, 0.9)));
        item.extraNames().forEach(a -> forms.add(Map.entry(a, 0.8)));
        Optional<Map.Entry<String, Double>> best = Optional.empty();
        for (Map.Entry<String, Double> f : forms) {
            String k = NameKey.of(f.getKey());
            Optional<String> formBare = NameKey.withoutLegalSuffix(k);
            double w;
            if (k.equals(key)) w = f.getValue();
            else if (person) w = 0;
            else if (formBare.filter(key::equals).isPresent()) w = f.getValue();
            else if (bare.isPresent() && formBare.equals(bare)) w = f.getValue();
            else if (bare.filter(k::equals).isPresent()) w = f.getValue() * 0.85;
            else w = 0;
            boolean conceptName = f.getKey().chars().noneMatch(Character::isUpperCase)
                    && r.name().chars().anyMatch(Character::isUpperCase);
            if (conceptName) w *= 0.5;
            boolean better = best.isEmpty() || w > best.get().getValue()
                    || w == best.get().getValue() && k.equals(key) && !NameKey.of(best.get().getKey()).equals(key);
            if (w > 0 && better) best = Optional.of(Map.entry(f.getKey(), w));
        }
        if (best.isEmpty() && !person) {
            String label = NameKey.of(item.label());
            for (String a : r.aliases()) {
                if (NameKey.of(a).equals(label)) return Optional.of(Map.entry(item.label(), 0.8));
            }
        }
        return best;
    }

    /** Whether some candidate carries the name in lower case: the name is also a common noun ("union", "prime"). */
    private static boolean commonNoun(LinkRequest r, List<WikidataItem> candidates) {
        String key = NameKey.of(r.name());
        for (WikidataItem item : candidates) {
            List<String> forms = new ArrayList<>(item.aliases());
            forms.add(item.label());
            for (String f : forms) {
                if (f.chars().noneMatch(Character::isUpperCase) && NameKey.of(f).equals(key)) return true;
            }
        }
        return false;
    }

    private static boolean mentionsNeighbour(LinkRequest r, String description) {
        String own = NameKey.of(r.name());
        for (LinkRequest.Neighbour n : r.neighbours()) {
            String other = NameKey.of(n.name());
            if (n.name().length() < 3 || own.contains(other) || other.contains(own)) continue;
            if (Pattern.compile("\\b" + Pattern.quote(n.name()) + "\\b").matcher(description).find()) return true;
        }
        return false;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static List<Pattern> domainWords() {
        try (InputStream in = WikidataLinker.class.getResourceAsStream("domain-words.txt")) {
            if (in == null) throw new LinkingException("bundled list domain-words.txt is missing from the class path");
            List<Pattern> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.trim();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(Pattern.compile("\\b" + Pattern.quote(w) + "\\b"));
            }
            return out;
        } catch (IOException e) {
            throw new LinkingException("cannot read bundled list domain-words.txt: " + e.getMessage(), e);
        }
    }
}
