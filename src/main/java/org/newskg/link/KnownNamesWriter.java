package org.newskg.link;

import org.newskg.error.LinkingException;
import org.newskg.model.EntityType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the name index the recognizer spots known names with ({@code lang/en/mention/known-names.tsv.gz}): every
 * English label and alias of a snapshot's people, organizations and products that can be a name in running text,
 * one line each, {@code name TAB type TAB sitelinks TAB qid}, sorted by name. Where several items share a name, the
 * best known (most sitelinks, then the oldest QID) gives it its type. A person is known by names of two words or
 * more only ("Washington" is too many things), anything by a one-word alias only when it is very well known; a name
 * needs a capital letter and a letter.
 *
 * <pre>
 * int n = new KnownNamesWriter().write(Path.of("wikidata-snapshot.jsonl.gz"), Path.of("known-names.tsv.gz"));
 * </pre>
 */
public final class KnownNamesWriter {
    private static final Pattern NAMELIKE = Pattern.compile("(?=.*\\p{Lu})(?=.*\\p{L})[^\\t\\n]{2,60}");
    /** Sitelinks a bearer needs before a one-word alias of it is kept ("GM" for General Motors, 90). */
    static final int WELL_KNOWN_ALIAS = 40;
    private final WikidataTypes types = WikidataTypes.standard();

    /** One item's claim to a name. */
    private record Claim(EntityType type, int sitelinks, String id, long number) {
    }

    private static final Comparator<Claim> BEST = Comparator.comparingInt((Claim c) -> -c.sitelinks())
            .thenComparingLong(Claim::number);

    /**
     * Reads the snapshot or table {@code source} and writes the index to {@code out} (gzip when its name ends in
     * {@code .gz}), beside its target first and moved into place when complete.
     *
     * @return how many names were written
     * @throws LinkingException when the source cannot be read or the index cannot be written
     */
    public int write(Path source, Path out) {
        Map<String, Claim> names = new TreeMap<>();
        WikidataFiles.each(source, item -> {
            Map<EntityType, Double> fit = types.compatibility(item);
            if (fit.isEmpty()) return;
            EntityType type = fit.entrySet().stream().max(Map.Entry.<EntityType, Double>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
            Claim claim = new Claim(type, Math.max(0, item.sitelinks()), item.id(), item.number());
            Set<String> own = new LinkedHashSet<>();
            own.add(item.label());
            own.addAll(item.aliases());
            for (String raw : own) {
                String name = raw.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
                if (!NAMELIKE.matcher(name).matches()) continue;
                if (type == EntityType.PERSON && !name.contains(" ")) continue;
                // "ICT", "ICU": a one-word alias names too many things unless its bearer is very well known
                if (!name.contains(" ") && !name.equals(item.label().strip()) && claim.sitelinks() < WELL_KNOWN_ALIAS) continue;
                names.merge(name, claim, (a, b) -> BEST.compare(a, b) <= 0 ? a : b);
            }
        });
        Path partial = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
        try {
            Files.createDirectories(partial.getParent());
            try (OutputStream raw = Files.newOutputStream(partial);
                 OutputStream o = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
                w.write("# name\ttype\tsitelinks\tqid: known names from a Wikidata snapshot (CC0); see known-names.README\n");
                for (Map.Entry<String, Claim> e : names.entrySet()) {
                    Claim c = e.getValue();
                    w.write(e.getKey() + "\t" + c.type() + "\t" + c.sitelinks() + "\t" + c.id() + "\n");
                }
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LinkingException(out + ": cannot write the name index: " + e.getMessage(), e);
        }
        return names.size();
    }
}
