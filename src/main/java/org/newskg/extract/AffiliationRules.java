package org.newskg.extract;

import org.newskg.lang.Language;
import org.newskg.extract.EntityIndex.Ref;
import org.newskg.model.EntityType;
import org.newskg.model.MadeBy;
import org.newskg.model.Role;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.newskg.extract.RelationTokens.*;

/**
 * Relations read from set phrases rather than titles: bylines and photo credits ("By Jane Roe, Globex News"),
 * affiliations ("Globex's Jane Roe", "now heads Globex"), former employers ("previously worked at Globex") and
 * makers of products ("Globex launched the WidgetPad"). A part of {@link RelationExtractor}.
 */
final class AffiliationRules {
    private static final java.util.regex.Pattern CREDIT = Language.english().pattern("extract/patterns", "photo-credit");
    private static final java.util.regex.Pattern STAFF = Language.english().pattern("extract/patterns", "staff-noun");
    private static final java.util.regex.Pattern EMPLOYMENT = Language.english().pattern("extract/patterns", "employment-preposition");
    private static final Set<String> MAKER_VERBS = Language.english().words("relations/maker-verbs");
    private static final Set<String> HEAD_VERBS = Language.english().words("relations/head-verbs");
    private static final Set<String> JOINING = Language.english().words("relations/joining");
    private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile("DT");
    private static final Set<String> PERSON_OF = Language.english().words("relations/person-of");

    private AffiliationRules() {
    }

    /** "By Jane Doe, Example News": the author writes for the organization named, else for the page's site. */
    static void byline(Sentence s, List<Ref> refs, List<Role> roles, Optional<String> site) {
        Ref org = null;
        for (Ref r : refs) if (r.type() == EntityType.ORGANIZATION) org = r;
        Optional<String> orgKey = org != null ? Optional.of(org.key()) : site.filter(k -> !k.isEmpty());
        if (orgKey.isEmpty()) return;
        int end = org != null ? org.mention().span().begin() : Integer.MAX_VALUE;
        for (Ref r : refs) {
            if (r.type() == EntityType.PERSON && r.mention().span().end() < end) {
                roles.add(new Role(r.key(), "", orgKey.get(), false, s.evidence()));
            }
        }
    }

    /** "Photo by Jane Doe/Example News", "Image: Jane Doe, Example News": the photographer works for that organization. */
    static void credits(Sentence s, List<Ref> refs, List<Role> roles) {
        if (!CREDIT.matcher(s.text()).lookingAt()) return;
        for (int k = 0; k + 1 < refs.size(); k++) {
            Ref p = refs.get(k), o = refs.get(k + 1);
            if (p.type() != EntityType.PERSON || o.type() != EntityType.ORGANIZATION) continue;
            if (between(s, p, o).matches("\\s*[/,|]\\s*|\\s+(?:for|of)\\s+")) {
                roles.add(new Role(p.key(), "", o.key(), false, s.evidence()));
            }
        }
    }

    /**
     * "Globex's Jane Doe": a company's person works there; "Jane Doe, now heading Globex's lab", "Jane Doe, who runs
     * Globex": she heads it.
     */
    static void affiliations(Sentence s, List<Token> toks, List<Ref> refs, List<Role> roles) {
        for (int k = 0; k + 1 < refs.size(); k++) {
            Ref o = refs.get(k), p = refs.get(k + 1);
            if (o.type() != EntityType.ORGANIZATION || p.type() != EntityType.PERSON) continue;
            int oe = tokenAt(toks, o.mention().span().end() - 1), pb = tokenAt(toks, p.mention().span().begin());
            String poss = word(toks, oe + 1);
            if (pb == oe + 2 && (poss.equals("'s") || poss.equals("’s"))) {
                roles.add(new Role(p.key(), "", o.key(), false, s.evidence()));
            }
        }
        for (int v = 1; v < toks.size(); v++) {
            String verb = word(toks, v).toLowerCase(Locale.ROOT);
            if (!HEAD_VERBS.contains(verb)) continue;
            Ref org = null, person = null;
            for (Ref r : refs) {
                int b = tokenAt(toks, r.mention().span().begin());
                if (org == null && b > v && b <= v + 2 && r.type() == EntityType.ORGANIZATION
                        && (b == v + 1 || word(toks, v + 1).equalsIgnoreCase("the"))) org = r;
                if (b < v && b >= v - 12) person = r.type() == EntityType.PERSON ? r : person;
            }
            if (org == null || person == null) continue;
            // nothing but an apposition or a relative clause between the person and the verb
            int pe = tokenAt(toks, person.mention().span().end() - 1);
            boolean clause = false;
            for (int q = pe + 1; q < v; q++) {
                String w = word(toks, q).toLowerCase(Locale.ROOT);
                if (w.equals(",") || w.equals("who") || w.equals("now") || w.equals("currently") || w.equals("also")) clause = true;
                else if (!w.matches("[a-z-]+")) { clause = false; break; }
            }
            if (clause || pe + 1 == v) roles.add(new Role(person.key(), "head", org.key(), false, s.evidence()));
        }
    }

    /**
     * "Before joining Globex, Jane Roe was …", "Since joining Globex in 2019, Roe has …": the person the main clause
     * opens with joined the organization and works there.
     */
    static void joining(Sentence s, List<Token> toks, List<Ref> refs, List<Role> roles) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (!JOINING.contains(word(toks, i).toLowerCase(Locale.ROOT))) continue;
            Ref org = null, person = null;
            for (Ref r : refs) {
                int b = tokenAt(toks, r.mention().span().begin());
                if (org == null && r.type() == EntityType.ORGANIZATION && (b == i + 1 || b == i + 2 && DETERMINER.matcher(toks.get(i + 1).pos()).matches())) org = r;
            }
            if (org == null) continue;
            // the comma that closes "Before joining Globex [in 2019]," within five tokens of the name
            int after = tokenAt(toks, org.mention().span().end() - 1) + 1, comma = after;
            while (comma < Math.min(toks.size(), after + 5) && !word(toks, comma).equals(",")) comma++;
            for (Ref r : refs) {
                int b = tokenAt(toks, r.mention().span().begin());
                if (r.type() == EntityType.PERSON && b > comma && b <= comma + 3 && person == null) person = r;
            }
            if (person != null && word(toks, comma).equals(",")) roles.add(new Role(person.key(), "", org.key(), false, s.evidence()));
        }
    }

    /**
     * "Jane Roe of Globex said", "Jane Roe and John Doe at Globex found": a person, or people listed, right before
     * "of", "at" or "from" and an organization work there (relations/person-of).
     */
    static void personOf(Sentence s, List<Token> toks, List<Ref> refs, List<Role> roles) {
        for (int k = 0; k + 1 < refs.size(); k++) {
            Ref p = refs.get(k);
            if (p.type() != EntityType.PERSON) continue;
            int pe = tokenAt(toks, p.mention().span().end() - 1);
            if (!PERSON_OF.contains(word(toks, pe + 1).toLowerCase(Locale.ROOT))) continue;
            Ref org = refs.get(k + 1);
            int ob = tokenAt(toks, org.mention().span().begin());
            if (org.type() != EntityType.ORGANIZATION || !(ob == pe + 2 || ob == pe + 3 && DETERMINER.matcher(toks.get(pe + 2).pos()).matches())) continue;
            // the organization's name must end its phrase: not "Jane Roe of Globex's rival"
            String after = word(toks, tokenAt(toks, org.mention().span().end() - 1) + 1);
            if (after.equals("'s") || after.equals("’s")) continue;
            roles.add(new Role(p.key(), "", org.key(), false, s.evidence()));
            // "Jane Roe, John Doe and Ann Poe at Globex": the people listed before her
            for (Ref before : listedBefore(s, refs, p, r -> r.type() == EntityType.PERSON)) {
                roles.add(new Role(before.key(), "", org.key(), false, s.evidence()));
            }
        }
    }

    /** "who previously worked at Globex Research", "previously at X", "formerly of X", "left X". */
    static void formerEmployers(Sentence s, List<Token> toks, List<Ref> refs, List<Role> roles) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = word(toks, i).toLowerCase(Locale.ROOT);
            boolean cue = (w.equals("previously") || w.equals("formerly") || w.equals("once")) && i + 2 < toks.size()
                    || w.equals("left") || w.equals("former");
            if (!cue) continue;
            Ref org = null;
            for (Ref r : refs) {
                int b = tokenAt(toks, r.mention().span().begin());
                if (b > i && b <= i + 4 && r.type() == EntityType.ORGANIZATION) {
                    org = r;
                    break;
                }
            }
            if (org == null || w.equals("former") && !STAFF.matcher(word(toks, tokenAt(toks, org.mention().span().end() - 1) + 1))
                    .matches()) continue;
            int orgToken = tokenAt(toks, org.mention().span().begin());
            boolean employment = w.equals("left") || w.equals("former");
            for (int q = i + 1; q < orgToken; q++) {
                if (EMPLOYMENT.matcher(word(toks, q)).matches()) employment = true;
            }
            if (!employment) continue;
            Ref person = null;
            for (Ref r : refs) {
                if (r.type() == EntityType.PERSON && r.mention().span().begin() < toks.get(i).span().begin()) person = r;
            }
            if (person != null) roles.add(new Role(person.key(), "", org.key(), true, s.evidence()));
        }
    }

    static void makers(Sentence s, List<Token> toks, List<Ref> refs, EntityIndex index,
                               Map<String, Map<String, Integer>> votes, Map<String, MadeBy> evidence) {
        for (int k = 0; k < refs.size(); k++) {
            Ref p = refs.get(k);
            if (p.type() != EntityType.PRODUCT) continue;
            int b = tokenAt(toks, p.mention().span().begin());
            Optional<String> maker = Optional.empty();
            // "Globex's Nimbus Code"
            if (b >= 2 && (word(toks, b - 1).equals("'s") || word(toks, b - 1).equals("’s"))) {
                for (Ref o : refs) {
                    if (o.type() == EntityType.ORGANIZATION && tokenAt(toks, o.mention().span().end() - 1) == b - 2) maker = Optional.of(o.key());
                }
            }
            // "Acme Forge"
            String[] w = p.entity().name().split("\\s+");
            if (maker.isEmpty() && w.length > 1) {
                maker = index.byName(w[0]).filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> e.key());
            }
            // "Acme launched Widgetly"
            if (maker.isEmpty() && b >= 2 && MAKER_VERBS.contains(word(toks, b - 1).toLowerCase(Locale.ROOT))) {
                for (Ref o : refs) {
                    if (o.type() == EntityType.ORGANIZATION && tokenAt(toks, o.mention().span().end() - 1) == b - 2) maker = Optional.of(o.key());
                }
            }
            // "Nimbus Code, developed by Globex"
            int e = tokenAt(toks, p.mention().span().end() - 1);
            if (maker.isEmpty() && word(toks, e + 1).equals(",") && word(toks, e + 3).equalsIgnoreCase("by")) {
                for (Ref o : refs) {
                    if (o.type() == EntityType.ORGANIZATION && tokenAt(toks, o.mention().span().begin()) == e + 4) maker = Optional.of(o.key());
                }
            }
            maker.ifPresent(m -> {
                votes.computeIfAbsent(p.key(), x -> new LinkedHashMap<>()).merge(m, 1, Integer::sum);
                evidence.putIfAbsent(p.key() + "|" + m, new MadeBy(p.key(), m, s.evidence()));
            });
        }
    }
}
