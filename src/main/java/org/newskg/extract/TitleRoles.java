package org.newskg.extract;

import org.newskg.extract.EntityIndex.Ref;
import org.newskg.lang.Language;
import org.newskg.model.EntityType;
import org.newskg.model.Role;
import org.newskg.model.Sentence;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;
import org.newskg.text.TitleFinder.TitleMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.newskg.extract.RelationTokens.*;

/**
 * Roles read from job titles: a title, or titles joined by "and" or commas, tied to the person it is written
 * beside ("CEO Maria Okafor", "Maria Okafor, CEO of Acme", "Jane Roe is the head of …") and to the organization
 * it is of ("of Acme", "Acme's", "Acme CEO", the sentence's subject). A part of {@link RelationExtractor}.
 */
final class TitleRoles {
    private static final Set<String> APPOSITION_FILLER = Language.english().words("relations/apposition-filler");
    private static final Set<String> COPULA = Language.english().words("relations/copula");
    private static final Set<String> COPULA_FILLERS = Language.english().words("relations/copula-fillers");
    /** The parts of speech of a description between a copula and a title: determiners, adjectives, nouns, commas. */
    private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile("DT|JJ[RS]?|NNS?|NNP|CC|,|RB|HYPH|PRP\\$");
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("NNS?|JJ");
    private static final Set<String> HONORIFICS = Language.english().words("mention/honorifics");
    /** Words that go on with one person's titles: "CTO of Globex and CEO of Initech" (relations/title-continuers). */
    private static final Set<String> CONTINUERS = Language.english().words("relations/title-continuers");
    private final Lexicons lex;
    private final TitleFinder titles;

    TitleRoles(Lexicons lex, TitleFinder titles) {
        this.lex = lex;
        this.titles = titles;
    }

    /** The roles of one sentence's titles, added to {@code roles}. */
    void read(Sentence s, List<Token> toks, List<Ref> refs, EntityIndex index, List<Role> roles) {
        int i = 0;
        Ref holder = null; // the person of the sentence's last role, and the token after that role's organization
        int heldTo = -1;
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
            // "Jane Roe, equity strategist at Globex": up to two words written small that qualify the title
            int lead = start;
            while (person.isEmpty() && lead > 0 && start - lead < 2 && qualifies(toks.get(lead - 1))) {
                person = personFor(toks, refs, --lead, end);
            }
            if (person.isPresent() && lead < start) {
                TitleMatch t = chain.get(0);
                StringBuilder qualified = new StringBuilder();
                for (int q = lead; q < t.start(); q++) qualified.append(toks.get(q).text()).append(' ');
                chain.set(0, new TitleMatch(lead, t.end(), qualified + t.title(), t.former()));
                start = lead;
            }
            // "CTO of Globex and CEO of Initech", "CEO of Globex from 1983 to 1984 and CEO of Initech": one person's titles
            if (person.isEmpty() && holder != null && continues(toks, refs, heldTo, start)) person = Optional.of(holder);
            Optional<Ref> org = orgFor(toks, refs, index, start, end, chain);
            if (person.isPresent() && org.isEmpty()) org = sentenceSubject(toks, refs, person.get());
            if (person.isPresent() && org.isPresent() && plural(toks, chain.get(chain.size() - 1))) {
                // "professors Jane Roe and John Doe": a title in the plural holds for everyone listed after it
                for (Ref next : listedAfter(s, refs, person.get(), r -> r.type() == EntityType.PERSON)) {
                    for (TitleMatch t : chain) roles.add(new Role(next.key(), t.title(), org.get().key(), false, s.evidence()));
                }
            }
            if (person.isPresent() && org.isPresent()) {
                holder = person.get();
                heldTo = Math.max(end, tokenAt(toks, org.get().mention().span().end() - 1) + 1);
                for (TitleMatch t : chain) {
                    boolean former = t.former() || word(toks, start - 1).equalsIgnoreCase("former")
                            || word(toks, start - 2).equalsIgnoreCase("former") || pastTense(toks, start);
                    roles.add(new Role(person.get().key(), t.title(), org.get().key(), former, s.evidence()));
                }
            }
            i = end;
        }
    }

    /**
     * Whether the words from {@code from} to a title at {@code start} only go on with the same person's record: a few
     * words (a time, "the", "former") and an "and", "as well as" or comma, with no name but organizations.
     */
    private static boolean continues(List<Token> toks, List<Ref> refs, int from, int start) {
        if (from < 0 || start < from || start - from > 8) return false;
        boolean joined = false;
        for (int k = from; k < start; k++) {
            if (isPersonToken(toks, refs, k)) return false;
            joined |= CONTINUERS.contains(word(toks, k).toLowerCase(Locale.ROOT));
        }
        return joined;
    }

    /** Whether the title ends in a word written in the plural ("professors"): the finder gives it in the singular. */
    private static boolean plural(List<Token> toks, TitleMatch t) {
        String last = word(toks, t.end() - 1).toLowerCase(Locale.ROOT);
        return last.endsWith("s") && t.title().toLowerCase(Locale.ROOT).endsWith(last.substring(0, last.length() - 1));
    }

    /** A word written small that may qualify a title: a noun or adjective, no function word ("equity", "portfolio"). */
    private boolean qualifies(Token t) {
        return t.text().matches("\\p{Ll}[\\p{Ll}-]+") && QUALIFIER.matcher(t.pos()).matches() && !lex.functionWords().contains(t.text());
    }

    private Optional<Ref> personFor(List<Token> toks, List<Ref> refs, int start, int end) {
        // "CEO Maria Okafor", "head of applications, Jo Park", "CEO Mr. Joel Roe"
        int named = end;
        while (HONORIFICS.contains(word(toks, named)) || named > end && word(toks, named).equals(".")) named++;
        for (Ref r : refs) {
            if (r.type() != EntityType.PERSON) continue;
            int b = tokenAt(toks, r.mention().span().begin());
            if (b == end || b == named || b == end + 1 && word(toks, end).equals(",")) return Optional.of(r);
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
}
