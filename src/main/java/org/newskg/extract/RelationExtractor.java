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

/**
 * Reads who holds which title where ("Acme CEO Maria Okafor", "Lee Varga, Acme's President and co-founder",
 * "Tom Reyes, a former Initech executive", bylines) and which organization makes which product ("Globex's
 * Nimbus Code", "Acme Forge" when Acme is an organization, "X, developed by Y").
 */
public final class RelationExtractor {
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
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?i)(?:photo(?:graph)?s?|image|illustration|video|credit)\\s*(?:by|:)\\s*");
    private static final Set<String> APPOINT = Language.english().words("relations/appoint");
    private static final Set<String> MAKER_VERBS = Language.english().words("relations/maker-verbs");
    private final TitleFinder titles;

    public RelationExtractor(Lexicons lex) {
        this.titles = new TitleFinder(lex);
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
                byline(s, refs, roles, text.article().site().map(site -> index.byName(site)
                        .filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> e.key()).orElse("")));
            }
            appointments(s, toks, refs, roles);
            credits(s, refs, roles);
            titleRoles(s, toks, refs, index, roles);
            formerEmployers(s, toks, refs, roles);
            affiliations(s, toks, refs, roles);
            makers(s, toks, refs, index, makerVotes, makerEvidence);
        }
        List<MadeBy> makers = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : makerVotes.entrySet()) {
            String best = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            makers.add(makerEvidence.get(e.getKey() + "|" + best));
        }
        return new Relations(dedupe(roles), makers);
    }

    /** "By Jane Doe, Example News": the author writes for the organization named, else for the page's site. */
    private static void byline(Sentence s, List<Ref> refs, List<Role> roles, Optional<String> site) {
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
    private static void credits(Sentence s, List<Ref> refs, List<Role> roles) {
        if (!CREDIT.matcher(s.text()).lookingAt()) return;
        for (int k = 0; k + 1 < refs.size(); k++) {
            Ref p = refs.get(k), o = refs.get(k + 1);
            if (p.type() != EntityType.PERSON || o.type() != EntityType.ORGANIZATION) continue;
            String between = s.text().substring(p.mention().span().end() - s.span().begin(), o.mention().span().begin() - s.span().begin());
            if (between.matches("\\s*[/,|]\\s*|\\s+(?:for|of)\\s+")) {
                roles.add(new Role(p.key(), "", o.key(), false, s.evidence()));
            }
        }
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
            while (word(toks, t).toLowerCase(Locale.ROOT).matches("new|first|next|permanent|interim|acting")) t++;
            Optional<TitleMatch> title = titles.at(toks, t);
            if (title.isEmpty()) continue;
            Ref org = null;
            if (APPOINT.contains(before)) {
                for (Ref r : refs) {
                    if (r.type() == EntityType.ORGANIZATION && r.mention().span().end() <= p.mention().span().begin()) org = r;
                }
            } else if (word(toks, e + 1).toLowerCase(Locale.ROOT).matches("joins|joined|rejoins")) {
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
        String before = word(toks, start - 1).toLowerCase(Locale.ROOT);
        if (COPULA.contains(before) || before.equals("the") && COPULA.contains(word(toks, start - 2).toLowerCase(Locale.ROOT))) {
            for (Ref r : refs) {
                if (r.type() == EntityType.PERSON && tokenAt(toks, r.mention().span().begin()) < start) return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private Optional<Ref> orgFor(List<Token> toks, List<Ref> refs, EntityIndex index, int start, int end, List<TitleMatch> chain) {
        // "CEO of Acme", "head at Globex", "product lead for Forge" (the product's maker)
        String after = word(toks, end).toLowerCase(Locale.ROOT);
        int lastEnd = chain.get(chain.size() - 1).end();
        for (Ref r : refs) {
            int b = tokenAt(toks, r.mention().span().begin());
            boolean inside = b >= start && b < lastEnd;
            boolean follows = b == end + 1 && (after.equals("of") || after.equals("at") || after.equals("for") || after.equals("with"));
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

    private static Optional<Ref> asOrg(Ref r, EntityIndex index) {
        if (r.type() == EntityType.ORGANIZATION) return Optional.of(r);
        if (r.type() == EntityType.PRODUCT) {
            String[] w = r.entity().name().split("\\s+");
            if (w.length > 1) {
                return index.byName(w[0]).filter(e -> e.type() == EntityType.ORGANIZATION)
                        .map(e -> new Ref(r.mention(), e));
            }
        }
        return Optional.empty();
    }

    /**
     * "Globex's Jane Doe": a company's person works there; "Jane Doe, now heading Globex's lab", "Jane Doe, who runs
     * Globex": she heads it.
     */
    private static void affiliations(Sentence s, List<Token> toks, List<Ref> refs, List<Role> roles) {
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

    private static final Set<String> HEAD_VERBS = Language.english().words("relations/head-verbs");

    /** "who previously worked at Globex Research", "previously at X", "formerly of X", "left X". */
    private static void formerEmployers(Sentence s, List<Token> toks, List<Ref> refs, List<Role> roles) {
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
            if (org == null || w.equals("former") && !word(toks, tokenAt(toks, org.mention().span().end() - 1) + 1)
                    .matches("(?i)employees?|staff|members?|engineers?")) continue;
            int orgToken = tokenAt(toks, org.mention().span().begin());
            boolean employment = w.equals("left") || w.equals("former");
            for (int q = i + 1; q < orgToken; q++) {
                if (word(toks, q).matches("(?i)at|for|with|of")) employment = true;
            }
            if (!employment) continue;
            Ref person = null;
            for (Ref r : refs) {
                if (r.type() == EntityType.PERSON && r.mention().span().begin() < toks.get(i).span().begin()) person = r;
            }
            if (person != null) roles.add(new Role(person.key(), "", org.key(), true, s.evidence()));
        }
    }

    private static void makers(Sentence s, List<Token> toks, List<Ref> refs, EntityIndex index,
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

    /** "served as the CEO of X", "had been CEO of X", "was previously CEO": a role the person no longer holds. */
    private static boolean pastTense(List<Token> toks, int start) {
        for (int k = Math.max(0, start - 3); k < start; k++) {
            String w = word(toks, k).toLowerCase(Locale.ROOT);
            if (w.equals("served") || w.equals("previously") || w.equals("formerly") || w.equals("ex")
                    || w.equals("been") && word(toks, k - 1).equalsIgnoreCase("had")) return true;
        }
        return false;
    }

    private static boolean isOrgToken(List<Token> toks, List<Ref> refs, int k) {
        for (Ref r : refs) {
            if (r.type() == EntityType.ORGANIZATION && toks.get(k).span().begin() >= r.mention().span().begin()
                    && toks.get(k).span().end() <= r.mention().span().end()) return true;
        }
        return false;
    }

    static int tokenAt(List<Token> toks, int offset) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).span().begin() <= offset && offset < toks.get(k).span().end()) return k;
        }
        return -1;
    }

    static String word(List<Token> toks, int k) {
        return k >= 0 && k < toks.size() ? toks.get(k).text() : "";
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
