package org.newskg.extract;

import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolved mentions by sentence, each with the key and type of its entity. */
public final class EntityIndex {
    /**
     * A resolved mention.
     *
     * @param mention the mention
     * @param entity  the entity it refers to
     */
    public record Ref(Mention mention, Entity entity) {
        public EntityType type() {
            return entity.type();
        }

        public String key() {
            return entity.key();
        }
    }

    private final Map<Integer, List<Ref>> bySentence = new HashMap<>();
    private final List<Entity> entities;

    public EntityIndex(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(new Ref(m, e));
            }
        }
        bySentence.values().forEach(l -> l.sort(Comparator.comparing(r -> r.mention().span())));
    }

    /** Mentions in sentence {@code index}, in text order; empty when none. */
    public List<Ref> in(int index) {
        return bySentence.getOrDefault(index, List.of());
    }

    /** All entities. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity whose canonical name or alias is {@code name}, ignoring case. */
    public Optional<Entity> byName(String name) {
        for (Entity e : entities) {
            if (e.name().equalsIgnoreCase(name) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The most recent organization mentioned before character {@code before}, skipping {@code except}. */
    public Optional<Ref> lastOrganizationBefore(int sentence, int before, String except) {
        for (int s = sentence; s >= Math.max(0, sentence - 4); s--) {
            List<Ref> refs = in(s);
            for (int k = refs.size() - 1; k >= 0; k--) {
                Ref r = refs.get(k);
                if (r.mention().span().end() <= before && r.type() == EntityType.ORGANIZATION && !r.key().equals(except)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
