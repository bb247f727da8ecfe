package org.newskg.link;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newskg.error.LinkingException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

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
        if (!Files.isRegularFile(file)) throw new LinkingException(file + ": no such Wikidata table or dump file");
        try (InputStream raw = Files.newInputStream(file)) {
            return read(raw, file.toString(), file.toString().endsWith(".gz"));
        } catch (IOException e) {
            throw new LinkingException(file + ": cannot read the Wikidata table or dump: " + e.getMessage(), e);
        }
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
        WikidataTypes types = WikidataTypes.standard();
        Map<String, WikidataItem> items = new LinkedHashMap<>();
        ObjectMapper mapper = org.newskg.export.Json.mapper();
        try (InputStream raw = new BufferedInputStream(source, 1 << 16);
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             JsonParser p = new JsonFactory(mapper).createParser(in)) {
            JsonToken first = p.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken t = array ? p.nextToken() : first;
            while (t != null && t != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) throw new LinkingException(file + ": not a Wikidata table or dump (expected JSON objects)");
                JsonNode node = mapper.readTree(p);
                read(node, types).ifPresent(i -> items.put(i.id(), i));
                t = p.nextToken();
            }
        } catch (IOException e) {
            throw new LinkingException(file + ": cannot read the Wikidata table or dump: " + e.getMessage(), e);
        }
        return new LocalWikidataIndex(items);
    }

    private static Optional<WikidataItem> read(JsonNode node, WikidataTypes types) {
        if (node.has("labels")) {
            return WikidataJson.fromEntity(node).filter(i -> !types.compatibility(i).isEmpty());
        }
        return WikidataJson.fromTableRecord(node);
    }

    /** How many items the index holds. */
    public int size() {
        return items.size();
    }

    @Override
    public List<String> search(String name, int limit) {
        String key = NameKey.of(name);
        List<String> out = new ArrayList<>(byName.getOrDefault(key, List.of()));
        NameKey.withoutLegalSuffix(key).ifPresent(k -> byName.getOrDefault(k, List.of()).stream()
                .filter(id -> !out.contains(id)).forEach(out::add));
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
