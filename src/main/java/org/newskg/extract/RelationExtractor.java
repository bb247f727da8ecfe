package org.newskg.extract;

import org.newskg.lang.Language;
import org.newskg.extract.EntityIndex.Ref;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.MadeBy;
import org.newskg.model.Role;
import org.newskg.model.Sentence;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;
import org.newskg.text.TitleFinder.TitleMatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.newskg.extract.RelationTokens.*;

/**
 * Reads who holds which title where ("Acme CEO Maria Okafor", "Lee Varga, Acme's President and co-founder",
 * "Tom Reyes, a former Initech executive", bylines) and which organization makes which product ("Globex's
 * Nimbus Code", "Acme Forge" when Acme is an organization, "X, developed by Y").
 */
public final class RelationExtractor implements FactExtractor<RelationExtractor.Relations> {
    private static final java.util.Set<String> JOINS = Language.english().words("relations/joins");
    private static final java.util.Set<String> APPOINTMENT_MODIFIERS = Language.english().words("relations/appointment-modifiers");
    /**
     * Roles and makers of one article.
     *
     * @param roles  roles in text order, without repeats
     * @param makers one maker per product at most
     */
    public record Relations(List<Role> roles, List<MadeBy> makers) {
        public Relations {
            roles = List.copyOf(roles);
            makers = List.copyOf(makers);
        }
    }

    private static final Set<String> APPOSITION_FILLER = Language.english().words("relations/apposition-filler");
    private static final Set<String> COPULA = Language.english().words("relations/copula");
    private static final Set<String> COPULA_FILLERS = Language.english().words("relations/copula-fillers");
    /** The parts of speech of a description between a copula and a title: determiners, adjectives, nouns, commas. */
    private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile("DT|JJ[RS]?|NNS?|NNP|CC|,|RB|HYPH|PRP\\$");
    private static final Set<String> APPOINT = Language.english().words("relations/appoint");
    private final TitleFinder titles;

    public RelationExtractor(Lexicons lex) {
        this.titles = new TitleFinder(lex);
    }


    @Override
    public Relations extract(ExtractionInput input) {
        return extract(input.text(), input.index());
    }

    /** @return the roles and product makers the text states */
    public Relations extract(AnnotatedText text, EntityIndex index) {
        List<Role> roles = new ArrayList<>();
        Map<String, Map<String, Integer>> makerVotes = new LinkedHashMap<>();
        Map<String, MadeBy> makerEvidence = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            if (s.kind() == BlockKind.BOILERPLATE) continue;
            List<Token> toks = text.tokens(s.index());
            List<Ref> refs = index.in(s.index());
            if (s.kind() == BlockKind.BYLINE) {
                AffiliationRules.byline(s, refs, roles, text.article().site().map(site -> index.byName(site)
                        .filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> e.key()).orElse("")));
            }
            appointments(s, toks, refs, roles);
            AffiliationRules.credits(s, refs, roles);
            titleRoles(s, toks, refs, index, roles);
            AffiliationRules.formerEmployers(s, toks, refs, roles);
            AffiliationRules.affiliations(s, toks, refs, roles);
            AffiliationRules.makers(s, toks, refs, index, makerVotes, makerEvidence);
        }
        List<MadeBy> makers = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : makerVotes.entrySet()) {
            String best = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            makers.add(makerEvidence.get(e.getKey() + "|" + best));
        }
        return new Relations(dedupe(roles), makers);
    }

    /** "Acme hired Jane Doe as CFO", "Acme names Jane Doe chief strategy officer", "Jane Doe joins Acme as CTO". */
    private void appointments(Sentence s, List<Token> toks, List<Ref> refs, List<Role> roles) {
        for (int k = 0; k < refs.size(); k++) {
            Ref p = refs.get(k);
            if (p.type() != EntityType.PERSON) continue;
            int b = tokenAt(toks, p.mention().span().begin());
            int e = tokenAt(toks, p.mention().span().end() - 1);
            // "names Jane Doe", "is adding mobile marketing pioneer Jane Doe": a few descriptive words may come between
            String before = "";
            for (int q = b - 1; q >= Math.max(0, b - 5); q--) {
                String w = word(toks, q).toLowerCase(Locale.ROOT);
                if (APPOINT.contains(w)) {
                    before = w;
                    break;
                }
                if (!w.matches("[\\p{L}-]+")) break;
            }
            int t = e + 1;
            if (word(toks, t).equalsIgnoreCase("as")) t++;
            if (word(toks, t).equalsIgnoreCase("its") || word(toks, t).equalsIgnoreCase("the") || word(toks, t).equalsIgnoreCase("our")) t++;
            // "as the company's first chief strategy officer"
            if (word(toks, t + 1).equals("'s") || word(toks, t + 1).equals("’s")) t += 2;
            while (APPOINTMENT_MODIFIERS.contains(word(toks, t).toLowerCase(Locale.ROOT))) t++;
            Optional<TitleMatch> title = titles.at(toks, t);
            if (title.isEmpty()) continue;
            Ref org = null;
            if (APPOINT.contains(before)) {
                for (Ref r : refs) {
                    if (r.type() == EntityType.ORGANIZATION && r.mention().span().end() <= p.mention().span().begin()) org = r;
                }
            } else if (JOINS.contains(word(toks, e + 1).toLowerCase(Locale.ROOT))) {
                for (Ref r : refs) {
                    if (r.type() == EntityType.ORGANIZATION && tokenAt(toks, r.mention().span().begin()) == e + 2) org = r;
                }
                title = titles.at(toks, e + 2 + 1 + (word(toks, e + 4).equalsIgnoreCase("as") ? 1 : 0));
            }
            if (org != null && title.isPresent()) {
                roles.add(new Role(p.key(), title.get().title(), org.key(), false, s.evidence()));
            }
        }
    }

    private void titleRoles(Sentence s, List<Token> toks, List<Ref> refs, EntityIndex index, List<Role> roles) {
        int i = 0;
        while (i < toks.size()) {
            Optional<TitleMatch> first = titles.at(toks, i);
            if (first.isEmpty()) {
                i++;
                continue;
            }
            List<TitleMatch> chain = new ArrayList<>(List.of(first.get()));
            int end = first.get().end();
            while (end + 1 < toks.size() && (word(toks, end).equals("and") || word(toks, end).equals("&") || word(toks, end).equals(","))) {
                Optional<TitleMatch> next = titles.at(toks, end + 1);
                if (next.isEmpty()) break;
                chain.add(next.get());
                end = next.get().end();
            }
            int start = first.get().start();
            Optional<Ref> person = personFor(toks, refs, start, end);
            Optional<Ref> org = orgFor(toks, refs, index, start, end, chain);
            if (person.isPresent() && org.isEmpty()) org = sentenceSubject(toks, refs, person.get());
            if (person.isPresent() && org.isPresent()) {
                for (TitleMatch t : chain) {
                    boolean former = t.former() || word(toks, start - 1).equalsIgnoreCase("former")
                            || word(toks, start - 2).equalsIgnoreCase("former") || pastTense(toks, start);
                    roles.add(new Role(person.get().key(), t.title(), org.get().key(), former, s.evidence()));
                }
            }
            i = end;
        }
    }

    private Optional<Ref> personFor(List<Token> toks, List<Ref> refs, int start, int end) {
        // "CEO Maria Okafor", "head of applications, Jo Park"
        for (Ref r : refs) {
            if (r.type() != EntityType.PERSON) continue;
            int b = tokenAt(toks, r.mention().span().begin());
            if (b == end || b == end + 1 && word(toks, end).equals(",")) return Optional.of(r);
        }
        // "Maria Okafor, CEO of Acme", "Ana Ruiz, Acme researcher", "Tom Reyes, a former Initech executive"
        int k = start - 1;
        while (k >= 0 && (isOrgToken(toks, refs, k) || APPOSITION_FILLER.contains(word(toks, k).toLowerCase(Locale.ROOT))
                || word(toks, k).equals("'s") || word(toks, k).equals("’s") || word(toks, k).equalsIgnoreCase("former"))) k--;
        if (k >= 0 && word(toks, k).equals(",")) k--;
        for (Ref r : refs) {
            if (r.type() == EntityType.PERSON && tokenAt(toks, r.mention().span().end() - 1) == k) return Optional.of(r);
        }
        // "…, he is head of …": the subject of the sentence
        // "…, he is currently the head of …", "Jane Roe (born 1950) is a Freedonian engineer, founder and CEO of …":
        // back over fillers and a description (adjectives, nouns, commas; no verb, no other name) to the copula
        int c = start - 1;
        while (c > 0 && start - c <= 12 && !COPULA.contains(word(toks, c).toLowerCase(Locale.ROOT))
                && (COPULA_FILLERS.contains(word(toks, c).toLowerCase(Locale.ROOT)) || DESCRIPTION.matcher(toks.get(c).pos()).matches())
                && !isPersonToken(toks, refs, c)) c--;
        if (COPULA.contains(word(toks, c).toLowerCase(Locale.ROOT))) {
            for (Ref r : refs) {
                if (r.type() == EntityType.PERSON && tokenAt(toks, r.mention().span().begin()) < start) return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean isPersonToken(List<Token> toks, List<Ref> refs, int k) {
        int at = toks.get(k).span().begin();
        return refs.stream().anyMatch(r -> r.type() == EntityType.PERSON && r.mention().span().begin() <= at && at < r.mention().span().end());
    }

    private Optional<Ref> orgFor(List<Token> toks, List<Ref> refs, EntityIndex index, int start, int end, List<TitleMatch> chain) {
        // "CEO of Acme", "head at Globex", "product lead for Forge" (the product's maker)
        String after = word(toks, end).toLowerCase(Locale.ROOT);
        int lastEnd = chain.get(chain.size() - 1).end();
        for (Ref r : refs) {
            int b = tokenAt(toks, r.mention().span().begin());
            boolean inside = b >= start && b < lastEnd;
            // "of Acme", "of the Acme Foundation"
            boolean follows = (b == end + 1 || b == end + 2 && word(toks, end + 1).equalsIgnoreCase("the"))
                    && (after.equals("of") || after.equals("at") || after.equals("for") || after.equals("with"));
            if (inside || follows) {
                Optional<Ref> o = asOrg(r, index);
                if (o.isPresent()) return o;
            }
        }
        // "Acme CEO", "Acme's head of", "Acme's new chief strategy officer", "a former Initech executive"
        int k = start - 1;
        boolean its = false;
        while (k > 0 && APPOSITION_FILLER.contains(word(toks, k).toLowerCase(Locale.ROOT)) && !word(toks, k).equals("and")) {
            its |= word(toks, k).equalsIgnoreCase("its");
            k--;
        }
        if (its) {
            // "Globex said that its chief executive, Jane Doe, …": the company the sentence is about
            Ref subject = null;
            for (Ref r : refs) {
                if (r.type() == EntityType.ORGANIZATION && tokenAt(toks, r.mention().span().end() - 1) < k + 1) subject = r;
            }
            if (subject != null) return Optional.of(subject);
        }
        if (word(toks, k).equals("'s") || word(toks, k).equals("’s")) k--;
        for (Ref r : refs) {
            if (tokenAt(toks, r.mention().span().end() - 1) == k) {
                Optional<Ref> o = asOrg(r, index);
                if (o.isPresent()) return o;
            }
        }
        return Optional.empty();
    }

    /**
     * "Globex was pulled in, CEO Jane Roe said", "Globex is led by Jane Roe, its president": a title with a person
     * and no organization of its own belongs to the organization the sentence opens with, when it names no other.
     */
    private static Optional<Ref> sentenceSubject(List<Token> toks, List<Ref> refs, Ref person) {
        List<Ref> orgs = refs.stream().filter(r -> r.type() == EntityType.ORGANIZATION).toList();
        if (orgs.size() != 1) return Optional.empty();
        Ref org = orgs.get(0);
        boolean opens = tokenAt(toks, org.mention().span().begin()) <= (word(toks, 0).equalsIgnoreCase("the") ? 1 : 0);
        return opens && org.mention().span().end() <= person.mention().span().begin() ? Optional.of(org) : Optional.empty();
    }

    private static List<Role> dedupe(List<Role> roles) {
        Map<String, Role> out = new LinkedHashMap<>();
        for (Role r : roles) {
            out.putIfAbsent(r.person() + "|" + r.title().toLowerCase(Locale.ROOT) + "|" + r.organization() + "|" + r.former(), r);
        }
        // a role with a title makes the same untitled role redundant
        List<Role> result = new ArrayList<>();
        for (Role r : out.values()) {
            boolean covered = r.title().isEmpty() && out.values().stream().anyMatch(o -> o != r && !o.title().isEmpty()
                    && o.person().equals(r.person()) && o.organization().equals(r.organization()) && o.former() == r.former());
            if (!covered) result.add(r);
        }
        return result;
    }
}
