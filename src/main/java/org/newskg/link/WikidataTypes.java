package org.newskg.link;

import org.newskg.error.LinkingException;
import org.newskg.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which newskg types a Wikidata item is compatible with, from the head nouns of its P31 type labels and,
 * when those say nothing, of its English description. "software company" is a company, "mobile app" a product,
 * "type of human-like robot" and "Wikimedia disambiguation page" nothing newskg links to. The phrases live in
 * {@code type-heads.tsv}; {@code type-classes.tsv} names the common classes by QID for answers without labels.
 */
public final class WikidataTypes {
    private static final Pattern CUT = Pattern.compile(
            "[;,(:]| (?:based|that|which|who|owned|founded|headquartered|of|in|for|from|by|with|on|at|used|developed|"
                    + "made|produced|operating|known|created|designed|specializing|specialising|focused|since)\\b");
    private static final Pattern SPLIT = Pattern.compile(" and | or | & |/");

    private final Map<String, Map<EntityType, Double>> heads;
    private final Map<String, String> classLabels;
    private final Map<String, Map<EntityType, Double>> kinds;
    private final int longestPhrase;
    /** The publication heads, each making an item an organization (the shape of {@link #heads}). */
    private final Map<String, Map<EntityType, Double>> publications;

    private WikidataTypes(Map<String, Map<EntityType, Double>> heads, Map<String, String> classLabels,
                          Map<String, Map<EntityType, Double>> kinds) {
        this.heads = heads;
        this.classLabels = classLabels;
        this.kinds = kinds;
        Map<String, Map<EntityType, Double>> pubs = new HashMap<>();
        for (String[] row : rows("publication-heads.tsv", 1)) pubs.put(row[0], Map.of(EntityType.ORGANIZATION, 1.0));
        this.publications = Map.copyOf(pubs);
        this.longestPhrase = java.util.stream.Stream.concat(heads.keySet().stream(), publications.keySet().stream())
                .mapToInt(p -> p.split(" ").length).max().orElse(1);
    }

    /** The bundled tables. */
    public static WikidataTypes standard() {
        Map<String, String> classes = new HashMap<>();
        for (String[] row : rows("type-classes.tsv", 2)) classes.put(row[0], row[1]);
        return new WikidataTypes(weights("type-heads.tsv"), classes, weights("type-kinds.tsv"));
    }

    private static Map<String, Map<EntityType, Double>> weights(String table) {
        Map<String, Map<EntityType, Double>> out = new HashMap<>();
        for (String[] row : rows(table, 3)) {
            out.computeIfAbsent(row[0], k -> new EnumMap<>(EntityType.class))
                    .put(EntityType.valueOf(row[1]), Double.parseDouble(row[2]));
        }
        return out;
    }

    /**
     * How well the item fits each newskg type, from 0 (absent: not compatible) to 1. The P31 types decide when any
     * of them is known; otherwise the description does, and failing both the source's coarse kind. An empty map means the item is nothing newskg links to.
     */
    public Map<EntityType, Double> compatibility(WikidataItem item) {
        Map<EntityType, Double> out = new EnumMap<>(EntityType.class);
        typeLabels(item).forEach(l -> merge(out, head(l, heads)));
        if (out.isEmpty()) descriptionPhrases(item).forEach(segment -> merge(out, head(segment, heads)));
        if (out.isEmpty()) merge(out, kinds.getOrDefault(item.kind(), Map.of()));
        return out;
    }

    /** The labels of the item's P31 types, from the item or else from the bundled class table. */
    private List<String> typeLabels(WikidataItem item) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < item.types().size(); i++) {
            String label = i < item.typeLabels().size() ? item.typeLabels().get(i) : "";
            if (label.isBlank()) label = classLabels.getOrDefault(item.types().get(i), "");
            if (!label.isBlank()) labels.add(label);
        }
        return labels;
    }

    /** The phrases of the description's first part, lower case ("software company and publisher"). */
    private static List<String> descriptionPhrases(WikidataItem item) {
        String d = item.description().toLowerCase(Locale.ROOT);
        if (d.isBlank()) return List.of();
        var m = CUT.matcher(d);
        return java.util.Arrays.asList(SPLIT.split(m.find() ? d.substring(0, m.start()) : d));
    }

    /**
     * Whether the item is a publication or a news outlet (a newspaper, a magazine, a news agency, a broadcaster: a
     * head of {@code publication-heads.tsv} ends one of its type labels or its description's first phrase). An item
     * nothing types (only a source's coarse kind) is not one: the publisher role alone does not pick it.
     */
    public boolean publication(WikidataItem item) {
        List<String> phrases = new ArrayList<>(typeLabels(item));
        phrases.addAll(descriptionPhrases(item));
        return phrases.stream().anyMatch(p -> !head(p, publications).isEmpty());
    }

    private static void merge(Map<EntityType, Double> into, Map<EntityType, Double> add) {
        add.forEach((k, v) -> into.merge(k, v, Math::max));
    }

    /** The entries of the longest phrase of {@code table} that ends {@code text}, or none. */
    private Map<EntityType, Double> head(String text, Map<String, Map<EntityType, Double>> table) {
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        for (int n = Math.min(longestPhrase, words.length); n >= 1; n--) {
            Map<EntityType, Double> hit = table.get(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length)));
            if (hit != null) return hit;
        }
        return Map.of();
    }

    /** The rows of a bundled tab-separated table of this package, each with exactly {@code columns} cells. */
    static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = WikidataTypes.class.getResourceAsStream(name)) {
            if (in == null) throw new LinkingException("bundled table " + name + " is missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length != columns) throw new LinkingException(name + ": bad row: " + line);
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new LinkingException("cannot read bundled table " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
