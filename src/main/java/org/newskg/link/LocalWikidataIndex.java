package org.newskg.link;

import org.newskg.error.LinkingException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wikidata items held in memory, read from a file: newskg's entity table (JSON lines with {@code id},
 * {@code label}, {@code aliases}, …) or an official Wikidata JSON dump ({@code latest-all.json[.gz]}: one array of
 * entity documents, streamed and never held whole). From a dump only items with an English label and a type
 * newskg links to are kept.
 *
 * <pre>
 * WikidataLookup table = LocalWikidataIndex.load(Path.of("entities.jsonl"));
 * List&lt;String&gt; ids = table.search("Globex", 10);
 * </pre>
 */
public final class LocalWikidataIndex implements WikidataLookup {
    private final Map<String, WikidataItem> items;
    private final Map<String, List<String>> byName;

    private LocalWikidataIndex(Map<String, WikidataItem> items) {
        this.items = items;
        this.byName = new HashMap<>();
        for (WikidataItem item : items.values()) {
            List<String> names = new ArrayList<>();
            names.add(item.label());
            names.addAll(item.aliases());
            names.addAll(item.extraNames());
            for (String n : names) {
                String key = NameKey.of(n);
                add(key, item.id());
                NameKey.withoutLegalSuffix(key).ifPresent(k -> add(k, item.id()));
            }
        }
        // best known first, so a search's limit drops the obscure
        java.util.Comparator<String> known = java.util.Comparator.comparingInt((String id) -> -items.get(id).sitelinks())
                .thenComparingLong(id -> items.get(id).number());
        byName.values().forEach(ids -> ids.sort(known));
    }

    private void add(String key, String id) {
        List<String> ids = byName.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!ids.contains(id)) ids.add(id);
    }

    /** An index of the given items (for tests and callers that build items themselves). */
    public static LocalWikidataIndex of(Collection<WikidataItem> items) {
        Map<String, WikidataItem> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.id(), i));
        return new LocalWikidataIndex(map);
    }

    /**
     * Reads a table or dump file; {@code .gz} files are decompressed while read.
     *
     * @throws LinkingException when the file is missing, unreadable or not JSON of either kind
     */
    public static LocalWikidataIndex load(Path file) {
        Map<String, WikidataItem> items = new LinkedHashMap<>();
        WikidataFiles.each(file, i -> items.put(i.id(), i));
        return new LocalWikidataIndex(items);
    }

    /**
     * The snapshot of Wikidata that ships with newskg (see {@code wikidata-snapshot.README}): people, companies,
     * products and services known to Wikidata when the snapshot was taken. Read once per JVM.
     */
    public static LocalWikidataIndex bundled() {
        return Bundled.INDEX;
    }

    private static final class Bundled {
        static final LocalWikidataIndex INDEX = readBundled();

        private static LocalWikidataIndex readBundled() {
            String name = "wikidata-snapshot.jsonl.gz";
            try (InputStream in = LocalWikidataIndex.class.getResourceAsStream(name)) {
                if (in == null) throw new LinkingException(name + " is missing from the class path");
                return read(in, name, true);
            } catch (IOException e) {
                throw new LinkingException(name + ": cannot read the bundled Wikidata snapshot: " + e.getMessage(), e);
            }
        }
    }

    private static LocalWikidataIndex read(InputStream source, String file, boolean gzip) {
        Map<String, WikidataItem> items = new LinkedHashMap<>();
        WikidataFiles.each(source, file, gzip, i -> items.put(i.id(), i));
        return new LocalWikidataIndex(items);
    }

    /** How many items the index holds. */
    public int size() {
        return items.size();
    }

    @Override
    public List<String> search(String name, int limit) {
        List<String> out = new ArrayList<>();
        for (String key : NameKey.keys(name)) {
            for (String k : java.util.stream.Stream.concat(java.util.stream.Stream.of(key),
                    NameKey.withoutLegalSuffix(key).stream()).toList()) {
                byName.getOrDefault(k, List.of()).stream().filter(id -> !out.contains(id)).forEach(out::add);
            }
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    @Override
    public Map<String, WikidataItem> items(Collection<String> ids) {
        Map<String, WikidataItem> out = new LinkedHashMap<>();
        for (String id : ids) {
            WikidataItem i = items.get(id);
            if (i != null) out.put(id, i);
        }
        return out;
    }

    @Override
    public String method() {
        return "table";
    }
}
