package org.newskg.extract;

import org.newskg.extract.EntityIndex.Ref;
import org.newskg.model.EntityType;
import org.newskg.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Token helpers that the relation rules share. */
final class RelationTokens {
    private RelationTokens() {
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
