package org.newskg.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.corpus.MergeRules;
import org.newskg.export.RdfExporter;
import org.newskg.export.RdfFormat;
import org.newskg.read.Sources;
import org.newskg.store.GraphStore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one ingestion loop on the invented four-article story of {@code src/test/resources/corpus} (a deal told
 * twice, a chief executive named in full and then by surname) plus a source that cannot be read: the store and the
 * order of the outcomes do not depend on the number of threads or the batch size, a load of the prepared graphs
 * gives the same store as the build, and the quads counted are the quads stored.
 */
class IngestionTest {
    private static final Path STORIES = Path.of("src/test/resources/corpus");
    @TempDir
    Path tmp;

    private final NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 1))).build();

    private List<String> sources() {
        List<String> out = new ArrayList<>();
        for (String f : List.of("1-deal-announced.txt", "2-other-okafor.txt", "3-deal-completed.txt", "4-unrelated-okafor.txt")) {
            out.add(STORIES.resolve(f).toString());
        }
        out.add(2, tmp.resolve("missing.txt").toString());
        return out;
    }

    private record Run(String export, List<Outcome> outcomes, Ingestion.Counts counts, long quadsCounted, long quadsStored) {
    }

    private Run build(String name, int batch, int threads) {
        List<Outcome> told = new ArrayList<>();
        StageTimes times = new StageTimes();
        try (GraphStore s = GraphStore.open(tmp.resolve(name), true)) {
            Ingestion.Counts c = Ingestion.build(kg, s, new Sources(sources(), 1 << 20),
                    new Ingestion.Settings(batch, threads, MergeRules.none()), times, told::add);
            return new Run(export(s), told, c, times.quads(), quads(s));
        }
    }

    private static String export(GraphStore s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.read(ds -> {
            new RdfExporter().export(ds, RdfFormat.NQUADS, out);
            return null;
        });
        return String.join("\n", out.toString(StandardCharsets.UTF_8).lines().sorted().toList());
    }

    private static long quads(GraphStore s) {
        return s.read(ds -> ds.asDatasetGraph().stream().count());
    }

    @Test
    void theStoreAndTheOrderOfOutcomesDoNotDependOnThreadsOrBatches() {
        Run one = build("one", 200, 1);
        Run many = build("many", 1, 3);
        assertEquals(new Ingestion.Counts(4, 1, 0), one.counts());
        assertEquals(one.counts(), many.counts());
        assertEquals(one.export(), many.export());
        assertEquals(one.outcomes().stream().map(Outcome::origin).toList(), sources());
        assertEquals(one.outcomes().stream().map(Outcome::origin).toList(), many.outcomes().stream().map(Outcome::origin).toList());
        assertInstanceOf(Outcome.Rejected.class, one.outcomes().get(2));
        // the story's later articles join entities of the earlier ones: an acronym, a surname
        assertTrue(one.outcomes().stream().filter(o -> o instanceof Outcome.Stored st && !st.merges().isEmpty()).count() >= 1);
        assertEquals(one.quadsStored(), one.quadsCounted());
        assertTrue(one.quadsStored() > 100, "quads stored: " + one.quadsStored());
    }

    @Test
    void aLoadOfThePreparedGraphsGivesTheStoreTheBuildGives() throws Exception {
        Run built = build("built", 200, 2);
        Preparer preparer = new Preparer(kg, new StageTimes());
        StringBuilder part = new StringBuilder();
        Sources src = new Sources(sources(), 1 << 20);
        while (src.hasNext()) {
            if (preparer.prepare(src.next()) instanceof Outcome.Stored st) part.append(Parts.nquads(st));
        }
        Path file = tmp.resolve("part-00000");
        Files.writeString(file, part);
        List<Outcome> told = new ArrayList<>();
        try (GraphStore s = GraphStore.open(tmp.resolve("loaded"), true)) {
            Ingestion.Counts c = Parts.load(s, List.of(file, file), new Ingestion.Settings(2, 1, MergeRules.none()),
                    new StageTimes(), told::add);
            // the second copy of the part is passed over: every article in it is already stored
            assertEquals(new Ingestion.Counts(4, 0, 4), c);
            assertEquals(built.export(), export(s));
        }
        assertEquals(8, told.size());
    }
}
