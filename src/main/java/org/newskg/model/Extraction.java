package org.newskg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything extracted from one article.
 *
 * @param article     the article
 * @param entities    people, organizations and products, in order of first mention
 * @param roles       who holds which title where
 * @param makers      which organization makes which product
 * @param deals       acquisitions, investments, hirings and partnerships
 * @param events      dated events, in date order
 * @param figures     reported numbers
 * @param descriptions phrases that refer to an entity without naming it ("Globex CEO")
 * @param diagnostics problems met on the way
 */
public record Extraction(Article article, List<Entity> entities, List<Role> roles, List<MadeBy> makers,
                         List<Deal> deals, List<Event> events, List<Figure> figures, List<Description> descriptions,
                         List<Diagnostic> diagnostics) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        makers = List.copyOf(makers);
        deals = List.copyOf(deals);
        events = List.copyOf(events);
        figures = List.copyOf(figures);
        descriptions = List.copyOf(descriptions);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The entity with this key, if extracted. */
    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
