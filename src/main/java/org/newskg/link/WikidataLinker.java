package org.newskg.link;

import org.newskg.error.LinkingException;
import org.newskg.model.EntityType;
import org.newskg.text.EnglishWords;

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
 * Links entities to Wikidata by scoring candidates ({@link CandidateScorer}: the name must equal a label or alias,
 * the type must fit, the articles' context and the item's sitelinks add) and deciding on the best:
 * <ul>
 *   <li>nothing under {@link #THRESHOLD} is linked;</li>
 *   <li>two candidates within {@link #TIE} of each other link neither, unless the best matched by its label (not
 *       for people) or is far better known (three times the sitelinks);</li>
 *   <li>a name that a lower-case concept also carries ("harmony", "momentum") needs context or a description in
 *       technology or business;</li>
 *   <li>a one-word name with no context links only to a clearly dominant candidate: the only one of its type that
 *       matched as written (or a well-known one, {@link #KNOWN} sitelinks), or one far better known than the
 *       rest.</li>
 * </ul>
 * Every decision can be explained ({@link #explain}).
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
    /** Sitelinks that make an item well known (the Wikidata slice newskg bundles starts at 12). */
    static final int KNOWN = 12;
    /** How many times the sitelinks of the runner-up an item needs to dominate it. */
    private static final int DOMINANT = 2;
    /** Sitelinks an item needs to be linked, with no context, by a name that is also an English word ("Harmony"). */
    static final int GENERIC_KNOWN = 50;
    private static final int CANDIDATES = 25;

    private final WikidataLookup lookup;
    private final CandidateScorer scorer;

    public WikidataLinker(WikidataLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.scorer = new CandidateScorer(WikidataTypes.standard(), domainWords());
    }

    @Override
    public LinkResult link(List<LinkRequest> requests) {
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        Map<String, WikidataItem> items = new HashMap<>();
        int attempted = lookUp(requests, candidates, items, failures);
        Map<String, WikidataItem> linked = new HashMap<>();
        for (LinkRequest r : requests) {
            decide(r, candidates.getOrDefault(r.iri(), List.of()), items, Map.of()).winner()
                    .ifPresent(c -> linked.put(r.iri(), c.item()));
        }
        List<Link> links = new ArrayList<>();
        for (LinkRequest r : requests) {
            decide(r, candidates.getOrDefault(r.iri(), List.of()), items, linked).winner().ifPresent(c -> links.add(
                    new Link(r.iri(), c.item().id(), c.item().label(), Math.min(1.0, round(c.score())),
                            lookup.methodOf(c.item().id()) + (c.context() ? ":name+type+context" : ":name+type"), c.matched())));
        }
        return new LinkResult(links, failures, attempted);
    }

    /**
     * How one entity would be linked, with every candidate's score: looked up on its own, with the items the
     * given neighbours are linked to as context.
     *
     * @param linked items already linked for the request's neighbours, by neighbour IRI
     */
    public LinkDecision explain(LinkRequest request, Map<String, WikidataItem> linked) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        Map<String, WikidataItem> items = new HashMap<>();
        List<String> failures = new ArrayList<>();
        lookUp(List.of(request), candidates, items, failures);
        if (!failures.isEmpty()) throw new LinkingException(failures.get(0));
        if (!linkable(request)) return new LinkDecision(request, List.of(), Optional.empty(), "a person named by one word is not looked up");
        return decide(request, candidates.getOrDefault(request.iri(), List.of()), items, linked);
    }

    private int lookUp(List<LinkRequest> requests, Map<String, List<String>> candidates, Map<String, WikidataItem> items,
                       List<String> failures) {
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
        try {
            if (!ids.isEmpty()) items.putAll(lookup.items(ids));
        } catch (LinkingException e) {
            failures.add("fetching " + ids.size() + " candidate items: " + e.getMessage());
        }
        return attempted;
    }

    private static boolean linkable(LinkRequest r) {
        if (r.name().isBlank()) return false;
        return r.type() != EntityType.PERSON || r.name().trim().split("\\s+").length >= 2;
    }

    private LinkDecision decide(LinkRequest r, List<String> ids, Map<String, WikidataItem> items,
                                Map<String, WikidataItem> linked) {
        List<LinkDecision.Candidate> scored = new ArrayList<>();
        for (String id : ids) {
            WikidataItem item = items.get(id);
            if (item != null) scored.add(scorer.score(r, item, linked));
        }
        boolean compared = scored.stream().filter(c -> c.score() > 0).allMatch(c -> c.item().popularityKnown());
        List<LinkDecision.Candidate> all = new ArrayList<>(scored.stream().map(c -> CandidateScorer.withPrior(c, compared)).toList());
        all.sort(Comparator.comparingDouble(LinkDecision.Candidate::score).reversed()
                .thenComparingLong(c -> c.item().number()));
        List<LinkDecision.Candidate> fit = all.stream().filter(c -> c.score() > 0).toList();
        if (fit.isEmpty() || fit.get(0).score() < THRESHOLD) {
            return none(r, all, fit.isEmpty() ? "no candidate whose name and type fit"
                    : String.format(Locale.ROOT, "the best scores %.3f, under %.2f", fit.get(0).score(), THRESHOLD));
        }
        LinkDecision.Candidate top = fit.get(0);
        Optional<LinkDecision.Candidate> second = fit.size() > 1 ? Optional.of(fit.get(1)) : Optional.empty();
        boolean byLabel = NameKey.of(top.matched()).equals(NameKey.of(top.item().label()));
        boolean dominant = second.map(s -> knownBetter(top.item(), s.item())).orElse(true);
        if (second.isPresent() && top.score() - second.get().score() < TIE && !dominant
                && (r.type() == EntityType.PERSON || !byLabel)) {
            return none(r, all, "two candidates within " + TIE + " of each other: " + top.item().id() + ", "
                    + second.get().item().id());
        }
        if (!top.context() && !top.domain() && commonNoun(r, all)) {
            return none(r, all, "the name is also a lower-case concept, and nothing in context or description supports " + top.item().id());
        }
        if (generic(r) && !top.context()) {
            boolean labelled = NameKey.keys(r.name()).contains(NameKey.of(top.item().label()))
                    || NameKey.withoutLegalSuffix(NameKey.of(top.item().label())).filter(NameKey.keys(r.name())::contains).isPresent();
            boolean famous = top.item().sitelinks() >= GENERIC_KNOWN;
            boolean notable = famous || !top.item().popularityKnown() && labelled && !top.item().types().isEmpty();
            if (!notable || !(second.isEmpty() || dominant)) {
                return none(r, all, "the name is also an English word; with nothing in context it links only to a dominant "
                        + "item in " + GENERIC_KNOWN + "+ Wikipedias (or an uncounted item typed by Wikidata with that label)");
            }
        }
        // without any sitelink count (the Action API gives none) there is no measure of dominance: the rules above decide
        if (oneWord(r) && !top.context() && fit.stream().anyMatch(c -> c.item().popularityKnown())) {
            boolean asWritten = CandidateScorer.nameMatch(r, top.item()).map(CandidateScorer.NameMatch::exact).orElse(false);
            boolean known = top.item().sitelinks() >= KNOWN;
            boolean alone = second.isEmpty() || dominant || top.score() - second.get().score() >= 0.1
                    || top.domain() && !second.get().domain();
            if (!alone || !asWritten && !known) {
                return none(r, all, "a one-word name with no context, and " + top.item().id()
                        + (alone ? " matched only once a legal form was dropped" : " does not clearly dominate " + second.get().item().id()));
            }
        }
        String why = second.map(s -> String.format(Locale.ROOT, "best by %.3f over %s", top.score() - s.score(), s.item().id()))
                .orElse("the only candidate whose name and type fit");
        return new LinkDecision(r, all, Optional.of(top), why);
    }

    private static LinkDecision none(LinkRequest r, List<LinkDecision.Candidate> all, String reason) {
        return new LinkDecision(r, all, Optional.empty(), reason);
    }

    /**
     * Whether {@code a} is far better known than {@code b}: well known and twice the sitelinks. An organization or
     * product the bundled slice leaves out while it takes in every one of its classes with {@link #KNOWN}
     * sitelinks has fewer; people are not counted at all.
     */
    private static boolean knownBetter(WikidataItem a, WikidataItem b) {
        if (!a.popularityKnown() || a.sitelinks() < KNOWN) return false;
        return !b.popularityKnown() || a.sitelinks() >= DOMINANT * Math.max(1, b.sitelinks());
    }

    /** A one-word name that is also an English word ("Harmony Inc." is "harmony"). */
    private static boolean generic(LinkRequest r) {
        if (!oneWord(r)) return false;
        String key = NameKey.of(r.name());
        String bare = NameKey.withoutLegalSuffix(key).orElse(key);
        return EnglishWords.contains(bare) || NameKey.keys(bare).stream().anyMatch(EnglishWords::contains);
    }

    private static boolean oneWord(LinkRequest r) {
        String key = NameKey.of(r.name());
        return !NameKey.withoutLegalSuffix(key).orElse(key).contains(" ");
    }

    /**
     * Whether some candidate is a concept that carries the name in lower case: the name is also a common noun
     * ("union", "prime"). A lower-case alias of a capitalised item ("globex" of Globex) is only its spelling.
     */
    private static boolean commonNoun(LinkRequest r, List<LinkDecision.Candidate> candidates) {
        String key = NameKey.of(r.name());
        for (LinkDecision.Candidate c : candidates) {
            if (c.item().label().chars().anyMatch(Character::isUpperCase)) continue;
            List<String> forms = new ArrayList<>(c.item().aliases());
            forms.add(c.item().label());
            for (String f : forms) {
                if (f.chars().noneMatch(Character::isUpperCase) && NameKey.of(f).equals(key)) return true;
            }
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
