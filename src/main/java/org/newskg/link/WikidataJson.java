package org.newskg.link;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link WikidataItem}s from the two JSON shapes newskg meets: Wikibase entity documents (the Action API's
 * {@code wbgetentities} and the official JSON dumps, in the old {@code numeric-id} and the current {@code id}
 * datavalue formats) and the flat records of newskg's entity table ({@code id}, {@code label}, {@code aliases},
 * {@code description}, {@code p31}, {@code p31_labels}, {@code claims}, {@code nsi_names}, {@code sitelinks},
 * {@code kind}, {@code official_websites}).
 */
final class WikidataJson {
    private WikidataJson() {
    }

    /** An item from a Wikibase entity document; empty for properties, lexemes, missing items and items without an English label. */
    static Optional<WikidataItem> fromEntity(JsonNode e) {
        String id = e.path("id").asText("");
        if (!id.matches("Q[0-9]+") || e.has("missing")) return Optional.empty();
        String label = e.path("labels").path("en").path("value").asText("");
        if (label.isBlank()) return Optional.empty();
        List<String> aliases = new ArrayList<>();
        for (JsonNode a : e.path("aliases").path("en")) aliases.add(a.path("value").asText());
        String description = e.path("descriptions").path("en").path("value").asText("");
        Map<String, List<String>> claims = new LinkedHashMap<>();
        e.path("claims").properties().forEach(p -> {
            List<String> values = new ArrayList<>();
            for (JsonNode statement : p.getValue()) {
                if ("deprecated".equals(statement.path("rank").asText())) continue;
                itemValue(statement.path("mainsnak").path("datavalue").path("value")).ifPresent(values::add);
            }
            if (!values.isEmpty()) claims.put(p.getKey(), List.copyOf(values));
        });
        List<String> types = claims.getOrDefault("P31", List.of());
        int sitelinks = e.has("sitelinks") ? e.path("sitelinks").size() : -1;
        List<String> websites = new ArrayList<>();
        for (JsonNode statement : e.path("claims").path("P856")) {
            String url = statement.path("mainsnak").path("datavalue").path("value").asText("");
            if (!url.isBlank() && !"deprecated".equals(statement.path("rank").asText())) websites.add(url);
        }
        return Optional.of(new WikidataItem(id, label, aliases, List.of(), description, types, List.of(), claims,
                sitelinks, "", websites));
    }

    private static Optional<String> itemValue(JsonNode v) {
        if (v.has("id") && v.path("id").asText().startsWith("Q")) return Optional.of(v.path("id").asText());
        if ("item".equals(v.path("entity-type").asText()) && v.has("numeric-id")) {
            return Optional.of("Q" + v.path("numeric-id").asLong());
        }
        return Optional.empty();
    }

    /** An item from a record of the entity table; empty for properties and records without a label. */
    static Optional<WikidataItem> fromTableRecord(JsonNode r) {
        String id = r.path("id").asText("");
        String label = r.path("label").asText("");
        if (!id.matches("Q[0-9]+") || label.isBlank()) return Optional.empty();
        Map<String, List<String>> claims = new LinkedHashMap<>();
        r.path("claims").properties().forEach(p -> claims.put(p.getKey(), strings(p.getValue())));
        List<String> types = strings(r.path("p31"));
        List<String> typeLabels = new ArrayList<>();
        for (JsonNode l : r.path("p31_labels")) typeLabels.add(l.isNull() ? "" : l.asText());
        if (!types.isEmpty()) claims.putIfAbsent("P31", types);
        return Optional.of(new WikidataItem(id, label, strings(r.path("aliases")), strings(r.path("nsi_names")),
                r.path("description").asText(""), types, typeLabels, claims, r.path("sitelinks").asInt(-1),
                r.path("kind").asText(""), strings(r.path("official_websites"))));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) if (n.isTextual()) out.add(n.asText());
        return out;
    }
}
