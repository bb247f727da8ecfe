package org.newskg.resolve;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Mentions of one name, with the evidence summed per type; {@code target} points at the group it joined. */
final class MentionGroup {
    final String slug;
    final List<Mention> mentions = new ArrayList<>();
    final Map<EntityType, Double> weight = new EnumMap<>(EntityType.class);
    MentionGroup target = this;

    MentionGroup(String slug) {
        this.slug = slug;
    }

    String surface() {
        return mentions.get(0).surface();
    }

    int words() {
        return surface().split("\\s+").length;
    }

    EntityType best() {
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(EntityType.ORGANIZATION);
    }

    double total() {
        return weight.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    int first() {
        return mentions.get(0).span().begin();
    }

    MentionGroup root() {
        MentionGroup g = this;
        while (g.target != g) g = g.target;
        return g;
    }
}
