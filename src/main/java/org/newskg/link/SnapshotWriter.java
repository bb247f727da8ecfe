package org.newskg.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newskg.error.LinkingException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a Wikidata snapshot in the format newskg bundles and links against (gzip JSON lines, one item per line:
 * {@code id}, {@code label}, {@code aliases}, {@code description}, {@code p31}, {@code p31_labels}, {@code claims},
 * {@code nsi_names}, {@code sitelinks}, {@code kind}, {@code official_websites}) from a larger table or an official
 * Wikidata JSON dump, streamed. It keeps the items newskg links to (people, organizations, products and services,
 * by {@link WikidataTypes}) that are known well enough: at least {@code minSitelinks} Wikipedia pages when the source
 * counts them. The file is written beside its target and moved into place when complete.
 *
 * <pre>
 * SnapshotWriter.Result r = new SnapshotWriter(5).write(Path.of("latest-all.json.gz"), Path.of("snapshot.jsonl.gz"));
 * </pre>
 */
public final class SnapshotWriter {
    private final int minSitelinks;
    private final WikidataTypes types = WikidataTypes.standard();

    /** @param minSitelinks the fewest sitelinks an item needs when its count is known (0 keeps all) */
    public SnapshotWriter(int minSitelinks) {
        if (minSitelinks < 0) throw new IllegalArgumentException("minSitelinks must be 0 or more");
        this.minSitelinks = minSitelinks;
    }

    /**
     * What a run did.
     *
     * @param read    items read from the source
     * @param written items written
     */
    public record Result(long read, long written) {
    }

    /**
     * Streams {@code source} into the snapshot {@code out} (gzip when its name ends in {@code .gz}).
     *
     * @throws LinkingException when the source cannot be read or the snapshot cannot be written
     */
    public Result write(Path source, Path out) {
        Objects.requireNonNull(source, "source");
        Path parent = out.toAbsolutePath().getParent();
        Path partial = parent.resolve(out.getFileName() + ".partial");
        long[] counts = new long[2];
        ObjectMapper mapper = org.newskg.export.Json.mapper();
        var line = mapper.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        try {
            Files.createDirectories(parent);
            try (OutputStream raw = Files.newOutputStream(partial);
                 OutputStream zipped = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 Writer w = new BufferedWriter(new OutputStreamWriter(zipped, StandardCharsets.UTF_8), 1 << 16)) {
                WikidataFiles.each(source, item -> {
                    counts[0]++;
                    if (!keep(item)) return;
                    counts[1]++;
                    try {
                        w.write(line.writeValueAsString(record(mapper, item)));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            throw new LinkingException(out + ": cannot write the snapshot: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is only left behind; the snapshot itself is whole or absent
            }
        }
        return new Result(counts[0], counts[1]);
    }

    /** Whether the item belongs in a snapshot: a type newskg links to, and known well enough when that is counted. */
    boolean keep(WikidataItem item) {
        if (types.compatibility(item).isEmpty()) return false;
        return !item.popularityKnown() || item.sitelinks() >= minSitelinks;
    }

    static ObjectNode record(ObjectMapper mapper, WikidataItem item) {
        ObjectNode r = mapper.createObjectNode();
        r.put("id", item.id());
        r.put("label", item.label());
        strings(r, "aliases", item.aliases());
        if (!item.description().isEmpty()) r.put("description", item.description());
        strings(r, "p31", item.types());
        if (item.typeLabels().stream().anyMatch(l -> !l.isEmpty())) {
            var labels = r.putArray("p31_labels");
            item.typeLabels().forEach(l -> {
                if (l.isEmpty()) labels.addNull();
                else labels.add(l);
            });
        }
        ObjectNode claims = mapper.createObjectNode();
        item.claims().entrySet().stream().filter(e -> !e.getKey().equals("P31"))
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> strings(claims, e.getKey(), e.getValue()));
        if (!claims.isEmpty()) r.set("claims", claims);
        strings(r, "nsi_names", item.extraNames());
        if (item.popularityKnown()) r.put("sitelinks", item.sitelinks());
        if (!item.kind().isEmpty()) r.put("kind", item.kind());
        strings(r, "official_websites", item.websites());
        return r;
    }

    private static void strings(ObjectNode r, String field, List<String> values) {
        if (values.isEmpty()) return;
        var a = r.putArray(field);
        values.forEach(a::add);
    }
}
