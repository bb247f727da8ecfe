package org.newskg.corpus;

import org.newskg.rdf.NKG;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Short and long forms across articles, joined only where the contexts meet (the stored entity and the article's
 * share a named entity): a person's surname and full name, and a name that begins or ends a longer one of the same
 * type. The candidate sharing the most context wins; a tie joins nothing.
 */
final class ShortForms {
    private final CorpusIndex index;
    private final MergeRules rules;

    private final Set<String> makers;

    /** @param makers keys of the organizations the article itself names, which may make its products */
    ShortForms(CorpusIndex index, MergeRules rules, Set<String> makers) {
        this.index = index;
        this.rules = rules;
        this.makers = makers;
    }

    Optional<Merge> match(String iri, String type, List<String> names, Set<String> context, Set<String> own) {
        Set<String> candidates = new LinkedHashSet<>();
        boolean person = type.equals(NKG.Person.getURI());
        for (String name : names) {
            List<String> t = CorpusKeys.bare(CorpusKeys.tokens(name));
            if (t.isEmpty() || !t.stream().anyMatch(w -> w.length() > 1)) continue;
            if (person) persons(t, candidates);
            else forms(t, type, candidates);
        }
        candidates.remove(iri);
        candidates.removeIf(c -> own.contains(c) || rules.forbidden(type, names, index.entity(c).names()));
        String best = null;
        int most = 0;
        boolean tie = false;
        for (String c : candidates) {
            int shared = index.sharedContext(c, context);
            if (shared > most) {
                best = c;
                most = shared;
                tie = false;
            } else if (shared == most && most > 0) {
                tie = true;
            }
        }
        if (best == null || tie) return Optional.empty();
        CorpusEntity into = index.entity(best);
        String evidence = (person ? "surname and full name" : "short and long form") + ": \"" + names.get(0) + "\" and \""
                + String.join("\", \"", new java.util.TreeSet<>(into.names())) + "\"; named with " + most + " of the same entities";
        return Optional.of(new Merge(iri, best, names.get(0), evidence, Math.min(0.9, 0.6 + 0.1 * most)));
    }

    /** "Okafor" and the full names that end with it; a full name and a stored surname-only person. */
    private void persons(List<String> t, Set<String> out) {
        String last = t.get(t.size() - 1);
        if (t.size() == 1) {
            for (String c : index.withLast(last, NKG.Person.getURI())) {
                if (index.entity(c).tokenNames().stream().anyMatch(n -> n.size() > 1 && n.get(n.size() - 1).equals(last))) out.add(c);
            }
        } else {
            for (String c : index.withKey(last, NKG.Person.getURI())) {
                if (index.entity(c).tokenNames().stream().allMatch(n -> n.size() == 1)) out.add(c);
            }
        }
    }

    /** Names that begin or end with these words, and names that these words begin or end with, where the words between allow it. */
    private void forms(List<String> t, String type, Set<String> out) {
        Set<String> longer = new LinkedHashSet<>(index.withFirst(t.get(0), type));
        longer.addAll(index.withLast(t.get(t.size() - 1), type));
        for (String c : longer) {
            for (List<String> n : index.entity(c).tokenNames()) {
                if (allowed(t, CorpusKeys.bare(n), type)) out.add(c);
            }
        }
        for (int k = 1; k < t.size(); k++) {
            for (List<String> part : List.of(t.subList(0, k), t.subList(t.size() - k, t.size()))) {
                if (part.stream().noneMatch(w -> w.length() > 1) || !allowed(part, t, type)) continue;
                out.addAll(index.withKey(String.join(" ", part), type));
            }
        }
    }

    /**
     * Whether {@code shorter} may be a short form of {@code longer}: an organization that drops a descriptor or a
     * legal form ("Globex" of "Globex Systems Inc") or a place ("Navy" of "Freedonia Navy"); a product that drops
     * its maker ("X200" of "Initech X200"). A product that adds a word after the name is another model
     * ("X200 Mini"), and so is an organization that adds a body ("Globex Foundation").
     */
    boolean allowed(List<String> shorter, List<String> longer, String type) {
        int k = shorter.size();
        if (longer.size() <= k) return false;
        boolean head = longer.subList(0, k).equals(shorter);
        boolean tail = longer.subList(longer.size() - k, longer.size()).equals(shorter);
        boolean organization = type.equals(NKG.Organization.getURI());
        if (head && organization) return longer.subList(k, longer.size()).stream().allMatch(CorpusKeys::descriptor);
        if (!tail) return false;
        List<String> extra = longer.subList(0, longer.size() - k);
        if (organization) return CorpusKeys.place(String.join(" ", extra));
        if (!type.equals(NKG.Product.getURI())) return false;
        for (int i = extra.size(); i >= 1; i--) {
            String maker = String.join(" ", extra.subList(0, i));
            if (makers.contains(maker) || !index.withKey(maker, NKG.Organization.getURI()).isEmpty()) return true;
        }
        return false;
    }
}
