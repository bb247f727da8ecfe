package org.newskg.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity named in an article, with all the mentions that refer to it.
 *
 * @param key      identifier within the extraction: type and normalized canonical name
 * @param type     the voted type
 * @param name     the canonical (longest, most complete) name
 * @param aliases  other names used for it in the article, without the canonical name
 * @param mentions the mentions, in text order
 */
public record Entity(String key, EntityType type, String name, List<String> aliases, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /**
     * The key an entity of this type and name gets: stable across articles. An organization's legal form is not part
     * of it, so "Globex Inc." in one article and "Globex" in the next are one organization.
     */
    public static String keyOf(EntityType type, String name) {
        String n = type == EntityType.ORGANIZATION ? Names.withoutLegalForm(name) : name;
        return type.name().toLowerCase(java.util.Locale.ROOT) + "/" + Names.slug(n);
    }
}
