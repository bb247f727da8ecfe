package org.newskg.resolve;

import org.newskg.model.AnnotatedText;
import org.newskg.model.Article;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves with another resolver, then makes sure that the site of a page with authors is an organization, with
 * every mention of its name, even when the text alone gave too little evidence to keep it: the authors write for it.
 *
 * <pre>
 * EntityResolver r = new PublisherResolver(new VotingEntityResolver());
 * </pre>
 */
public final class PublisherResolver implements EntityResolver {
    private final EntityResolver inner;

    /** @param inner the resolver whose entities this one completes */
    public PublisherResolver(EntityResolver inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    @Override
    public List<Entity> resolve(AnnotatedText text, List<Mention> mentions) {
        List<Entity> entities = inner.resolve(text, mentions);
        Article article = text.article();
        if (article.site().isEmpty() || article.authors().isEmpty()) return entities;
        String site = article.site().get();
        String key = Entity.keyOf(EntityType.ORGANIZATION, site);
        if (entities.stream().anyMatch(e -> e.key().equals(key))) return entities;
        Set<Span> taken = new HashSet<>();
        entities.forEach(e -> e.mentions().forEach(m -> taken.add(m.span())));
        Map<Span, Mention> named = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.surface().equalsIgnoreCase(site) && !taken.contains(m.span())) {
                named.putIfAbsent(m.span(), m.withType(EntityType.ORGANIZATION));
            }
        }
        List<Entity> out = new ArrayList<>(entities);
        out.add(new Entity(key, EntityType.ORGANIZATION, site, List.of(), List.copyOf(named.values())));
        return List.copyOf(out);
    }
}
