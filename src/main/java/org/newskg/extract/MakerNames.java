package org.newskg.extract;

import org.newskg.model.Entity;
import org.newskg.model.MadeBy;
import org.newskg.model.Mention;
import org.newskg.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A product named after its maker holds a mention of the maker: "Globex" in "Globex Nimbus" is the company, and a
 * reader who asks where the company is named finds that sentence too. Only makers the article states (its
 * {@link MadeBy} facts) are read this way, and only by a name the article gives the maker.
 */
public final class MakerNames {
    private MakerNames() {
    }

    /** The entities, each maker with the mentions its products' names hold, in text order. */
    public static List<Entity> nest(List<Entity> entities, List<MadeBy> makers) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        entities.forEach(e -> byKey.put(e.key(), e));
        Set<Span> taken = new HashSet<>();
        entities.forEach(e -> e.mentions().forEach(m -> taken.add(m.span())));
        Map<String, List<Mention>> added = new LinkedHashMap<>();
        for (MadeBy mb : makers) {
            Entity product = byKey.get(mb.product());
            Entity maker = byKey.get(mb.maker());
            if (product == null || maker == null) continue;
            Set<String> names = new HashSet<>(maker.aliases());
            names.add(maker.name());
            maker.mentions().forEach(m -> names.add(m.surface()));
            for (Mention pm : product.mentions()) {
                // the longest of the maker's names that begins the product's ("Globex Corp" before "Globex")
                String name = names.stream().filter(n -> !n.isEmpty() && pm.surface().startsWith(n + " "))
                        .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(null);
                if (name == null) continue;
                Span span = new Span(pm.span().begin(), pm.span().begin() + name.length());
                if (taken.add(span)) {
                    added.computeIfAbsent(maker.key(), k -> new ArrayList<>())
                            .add(new Mention(span, name, maker.type(), pm.confidence(), pm.sentence()));
                }
            }
        }
        if (added.isEmpty()) return entities;
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Mention> more = added.get(e.key());
            if (more == null) {
                out.add(e);
                continue;
            }
            List<Mention> ms = new ArrayList<>(e.mentions());
            ms.addAll(more);
            ms.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
            out.add(new Entity(e.key(), e.type(), e.name(), e.aliases(), ms));
        }
        return out;
    }
}
