package org.newskg.link;

import org.newskg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scores one candidate item for one entity. The name must equal the item's label or an alias, or do so once a
 * legal form ("Inc.", "Corp") is dropped from either; a brand name a source attaches to the item counts only when
 * it equals the whole name; never a prefix or a part. The score is the name's weight times how well the item's
 * type fits the entity's, plus what the articles support (a claim joining the item to an item linked for a
 * neighbour, a description naming a neighbour), a little for a description in technology or business, and a prior
 * from the item's sitelinks (how many Wikipedias describe it).
 */
final class CandidateScorer {
    /** Weight of a match on the label, an alias, a brand name. */
    static final double LABEL = 1.0;
    static final double ALIAS = 0.9;
    static final double BRAND = 0.8;
    /** Factor for a match found only once the entity's own legal form is dropped ("Globex Corp" = "Globex"). */
    static final double BARE = 0.85;
    static final double CLAIMED = 0.2;
    static final double DESCRIBED = 0.1;
    static final double DOMAIN = 0.05;
    static final double PRIOR = 0.1;
    /** Sitelinks that earn the whole prior (the best-known companies have about 200). */
    static final int WELL_KNOWN = 200;

    private final WikidataTypes types;
    private final List<Pattern> domain;

    CandidateScorer(WikidataTypes types, List<Pattern> domain) {
        this.types = types;
        this.domain = domain;
    }

    /** A name match: the item's form that matched, its weight, and whether its label or an alias equals the name as written. */
    record NameMatch(String form, double weight, boolean exact) {
    }

    LinkDecision.Candidate score(LinkRequest r, WikidataItem item, Map<String, WikidataItem> linked) {
        List<String> parts = new ArrayList<>();
        Optional<NameMatch> name = nameMatch(r, item);
        double fit = types.compatibility(item).getOrDefault(r.type(), 0.0);
        if (name.isEmpty()) return new LinkDecision.Candidate(item, 0, "", List.of("name does not match"), false, false);
        if (fit == 0) {
            return new LinkDecision.Candidate(item, 0, name.get().form(),
                    List.of("type is not " + r.type().name().toLowerCase(Locale.ROOT)), false, false);
        }
        double score = name.get().weight() * fit;
        parts.add(String.format(Locale.ROOT, "name %.2f x type %.2f", name.get().weight(), fit));
        boolean context = false;
        for (LinkRequest.Neighbour n : r.neighbours()) {
            WikidataItem other = linked.get(n.iri());
            if (other == null || other.id().equals(item.id())) continue;
            boolean claimed = item.claims().values().stream().anyMatch(v -> v.contains(other.id()))
                    || other.claims().values().stream().anyMatch(v -> v.contains(item.id()));
            if (claimed && !context) {
                context = true;
                score += CLAIMED;
                parts.add("claims join it to " + other.label() + " +" + CLAIMED);
            }
        }
        if (r.type() == EntityType.ORGANIZATION && types.publication(item)
                && r.neighbours().stream().anyMatch(n -> n.relation() == LinkRequest.Relation.PUBLISHER)) {
            score += DESCRIBED;
            context = true;
            parts.add("a publication, and the articles' publisher +" + DESCRIBED);
        }
        Optional<String> described = describedNeighbour(r, item.description());
        if (described.isPresent()) {
            score += DESCRIBED;
            context = true;
            parts.add("description names " + described.get() + " +" + DESCRIBED);
        }
        String d = item.description().toLowerCase(Locale.ROOT);
        boolean inDomain = domain.stream().anyMatch(p -> p.matcher(d).find());
        if (inDomain) {
            score += DOMAIN;
            parts.add("technology or business +" + DOMAIN);
        }
        return new LinkDecision.Candidate(item, score, name.get().form(), parts, context, inDomain);
    }

    /**
     * The candidate with its popularity prior added: only when every candidate that fits has a sitelink count,
     * since an item without one (a newspaper, a service of a class the count's source left out) may be as well
     * known as any.
     */
    static LinkDecision.Candidate withPrior(LinkDecision.Candidate c, boolean compared) {
        if (!c.item().popularityKnown() || c.score() == 0) return c;
        List<String> parts = new ArrayList<>(c.parts());
        if (!compared) {
            parts.add("sitelinks " + c.item().sitelinks() + " (not compared: another candidate has no count)");
            return new LinkDecision.Candidate(c.item(), c.score(), c.matched(), parts, c.context(), c.domain());
        }
        double prior = prior(c.item());
        parts.add(String.format(Locale.ROOT, "sitelinks %d +%.3f", c.item().sitelinks(), prior));
        return new LinkDecision.Candidate(c.item(), c.score() + prior, c.matched(), parts, c.context(), c.domain());
    }

    static double prior(WikidataItem item) {
        if (!item.popularityKnown()) return 0;
        return PRIOR * Math.min(1.0, Math.log1p(item.sitelinks()) / Math.log1p(WELL_KNOWN));
    }

    /** The best-matching name of the item, if the entity's name (or one of its aliases) matches one. */
    static Optional<NameMatch> nameMatch(LinkRequest r, WikidataItem item) {
        boolean person = r.type() == EntityType.PERSON;
        Optional<NameMatch> best = Optional.empty();
        for (String key : NameKey.keys(r.name())) {
            Optional<String> bare = NameKey.withoutLegalSuffix(key);
            List<Map.Entry<String, Double>> forms = new ArrayList<>();
            forms.add(Map.entry(item.label(), LABEL));
            item.aliases().forEach(a -> forms.add(Map.entry(a, ALIAS)));
            for (Map.Entry<String, Double> f : forms) {
                String k = NameKey.of(f.getKey());
                Optional<String> formBare = NameKey.withoutLegalSuffix(k);
                double w;
                boolean exact = k.equals(key) || formBare.filter(key::equals).isPresent();
                if (exact) w = f.getValue();
                else if (person) w = 0;
                else if (formBare.filter(key::equals).isPresent()) w = f.getValue();
                else if (bare.isPresent() && formBare.equals(bare)) w = f.getValue();
                else if (bare.filter(k::equals).isPresent()) w = f.getValue() * BARE;
                else w = 0;
                boolean conceptName = f.getKey().chars().noneMatch(Character::isUpperCase)
                        && r.name().chars().anyMatch(Character::isUpperCase);
                if (conceptName) w *= 0.5;
                if (w > 0 && (best.isEmpty() || w > best.get().weight() || w == best.get().weight() && exact && !best.get().exact())) {
                    best = Optional.of(new NameMatch(f.getKey(), w, exact));
                }
            }
            for (String brand : item.extraNames()) {
                if (best.isEmpty() && NameKey.of(brand).equals(key)) best = Optional.of(new NameMatch(brand, BRAND, false));
            }
        }
        if (best.isEmpty() && !person) {
            String label = NameKey.of(item.label());
            for (String a : r.aliases()) {
                if (NameKey.of(a).equals(label)) return Optional.of(new NameMatch(item.label(), BRAND, false));
            }
        }
        return best;
    }

    private static Optional<String> describedNeighbour(LinkRequest r, String description) {
        String own = NameKey.of(r.name());
        for (LinkRequest.Neighbour n : r.neighbours()) {
            if (n.relation() == LinkRequest.Relation.PUBLISHER) continue;
            String other = NameKey.of(n.name());
            if (n.name().length() < 3 || own.contains(other) || other.contains(own)) continue;
            if (Pattern.compile("\\b" + Pattern.quote(n.name()) + "\\b").matcher(description).find()) {
                return Optional.of(n.name());
            }
        }
        return Optional.empty();
    }
}
