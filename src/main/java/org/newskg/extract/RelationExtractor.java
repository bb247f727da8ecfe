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

    private static final Set<String> APPOINT = Language.english().words("relations/appoint");
    private final TitleFinder titles;
    private final TitleRoles titleRoles;

    public RelationExtractor(Lexicons lex) {
        this.titles = new TitleFinder(lex, true);
        this.titleRoles = new TitleRoles(lex, titles);
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
            titleRoles.read(s, toks, refs, index, roles);
            AffiliationRules.formerEmployers(s, toks, refs, roles);
            AffiliationRules.joining(s, toks, refs, roles);
            AffiliationRules.personOf(s, toks, refs, roles);
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
            while (APPOINTMENT_MODIFIERS.contains(word(toks, t).toLowerCase(Locale.ROOT))) t++; // "its", "the new"
            // "as the company's first chief strategy officer"
            if (word(toks, t + 1).equals("'s") || word(toks, t + 1).equals("’s")) t += 2;
            while (APPOINTMENT_MODIFIERS.contains(word(toks, t).toLowerCase(Locale.ROOT))) t++;
            Optional<TitleMatch> title = titles.at(toks, t);
            Ref org = null;
            if (title.isPresent() && APPOINT.contains(before)) {
                for (Ref r : refs) {
                    if (r.type() == EntityType.ORGANIZATION && r.mention().span().end() <= p.mention().span().begin()) org = r;
                }
            } else if (JOINS.contains(word(toks, e + 1).toLowerCase(Locale.ROOT))) {
                for (Ref r : refs) {
                    if (r.type() == EntityType.ORGANIZATION && tokenAt(toks, r.mention().span().begin()) == e + 2) org = r;
                }
                // "joins Globex as CTO", "joined Globex Research in February 2012 as its chief technology officer"
                int after = org == null ? toks.size() : tokenAt(toks, org.mention().span().end() - 1) + 1;
                int as = after;
                while (as < Math.min(toks.size(), after + 5) && !word(toks, as).equalsIgnoreCase("as")) as++;
                int at = as < Math.min(toks.size(), after + 5) ? as + 1 : after;
                while (APPOINTMENT_MODIFIERS.contains(word(toks, at).toLowerCase(Locale.ROOT))) at++;
                title = titles.at(toks, at);
            }
            // "Jane Roe joined Globex last year": she works there, in no title the sentence gives
            if (org != null) roles.add(new Role(p.key(), title.map(TitleMatch::title).orElse(""), org.key(), false, s.evidence()));
        }
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
