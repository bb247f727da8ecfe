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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams the items of a Wikidata file, one at a time and never the whole file in memory: newskg's entity table
 * (JSON lines) or an official JSON dump (one array of entity documents). From a dump only items with an English
 * label and a type newskg links to are given.
 */
final class WikidataFiles {
    private WikidataFiles() {
    }

    /**
     * Gives each item of the file to {@code sink}; {@code .gz} files are decompressed while read.
     *
     * @throws LinkingException when the file is missing, unreadable or not JSON of either kind
     */
    static void each(Path file, Consumer<WikidataItem> sink) {
        if (!Files.isRegularFile(file)) throw new LinkingException(file + ": no such Wikidata table or dump file");
        try (InputStream raw = Files.newInputStream(file)) {
            each(raw, file.toString(), file.toString().endsWith(".gz"), sink);
        } catch (IOException e) {
            throw new LinkingException(file + ": cannot read the Wikidata table or dump: " + e.getMessage(), e);
        }
    }

    static void each(InputStream source, String file, boolean gzip, Consumer<WikidataItem> sink) {
        WikidataTypes types = WikidataTypes.standard();
        ObjectMapper mapper = org.newskg.export.Json.mapper();
        try (InputStream raw = new BufferedInputStream(source, 1 << 16);
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             JsonParser p = new JsonFactory(mapper).createParser(in)) {
            JsonToken first = p.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken t = array ? p.nextToken() : first;
            while (t != null && t != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    throw new LinkingException(file + ": not a Wikidata table or dump (expected JSON objects)");
                }
                JsonNode node = mapper.readTree(p);
                read(node, types).ifPresent(sink);
                t = p.nextToken();
            }
        } catch (IOException e) {
            throw new LinkingException(file + ": cannot read the Wikidata table or dump: " + e.getMessage(), e);
        }
    }

    private static Optional<WikidataItem> read(JsonNode node, WikidataTypes types) {
        if (node.has("labels")) {
            return WikidataJson.fromEntity(node).filter(i -> !types.compatibility(i).isEmpty());
        }
        return WikidataJson.fromTableRecord(node);
    }
}
