package org.newskg.extract;

import org.newskg.extract.EntityIndex.Ref;
import org.newskg.lang.Language;
import org.newskg.model.EntityType;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Token helpers that the relation rules share. */
final class RelationTokens {
    /** What stands between two names of a list: a comma, "and", both, or "&amp;" (extract/patterns listed-between). */
    private static final Pattern LISTED = Language.english().pattern("extract/patterns", "listed-between");

    private RelationTokens() {
    }

    /** The text of sentence {@code s} between the end of {@code a} and the start of {@code b}. */
    static String between(Sentence s, Ref a, Ref b) {
        return s.text().substring(a.mention().span().end() - s.span().begin(), b.mention().span().begin() - s.span().begin());
    }

    /**
     * The names of a kind listed right after {@code first} in its sentence, in order ("Globex, Initech and Hooli"):
     * each joined to the one before by a comma or "and"; the list ends at the first name of another kind.
     */
    static List<Ref> listedAfter(Sentence s, List<Ref> refs, Ref first, Predicate<Ref> kind) {
        List<Ref> out = new ArrayList<>();
        Ref prev = first;
        for (Ref r : refs) {
            if (r.mention().span().begin() < prev.mention().span().end() || r == prev
                    || !s.span().contains(r.mention().span())) continue;
            if (!LISTED.matcher(between(s, prev, r)).matches() || !kind.test(r)) break;
            out.add(r);
            prev = r;
        }
        return out;
    }

    /** The same for the names listed right before {@code last}, nearest first ("Jane Roe and John Doe at …"). */
    static List<Ref> listedBefore(Sentence s, List<Ref> refs, Ref last, Predicate<Ref> kind) {
        List<Ref> out = new ArrayList<>();
        Ref next = last;
        for (int q = refs.size() - 1; q >= 0; q--) {
            Ref r = refs.get(q);
            if (r.mention().span().end() > next.mention().span().begin() || r == next
                    || !s.span().contains(r.mention().span())) continue;
            if (!kind.test(r) || !LISTED.matcher(between(s, r, next)).matches()) break;
            out.add(r);
            next = r;
        }
        return out;
    }

    static Optional<Ref> asOrg(Ref r, EntityIndex index) {
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

    /** "served as the CEO of X", "had been CEO of X", "was previously CEO": a role the person no longer holds. */
    static boolean pastTense(List<Token> toks, int start) {
        for (int k = Math.max(0, start - 3); k < start; k++) {
            String w = word(toks, k).toLowerCase(Locale.ROOT);
            if (w.equals("served") || w.equals("previously") || w.equals("formerly") || w.equals("ex")
                    || w.equals("been") && word(toks, k - 1).equalsIgnoreCase("had")) return true;
        }
        return false;
    }

    static boolean isOrgToken(List<Token> toks, List<Ref> refs, int k) {
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
}
