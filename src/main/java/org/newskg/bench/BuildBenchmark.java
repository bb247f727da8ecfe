package org.newskg.bench;

import org.newskg.NewsKg;
import org.newskg.build.Ingestion;
import org.newskg.build.Outcome;
import org.newskg.build.StageTimes;
import org.newskg.error.NewsKgException;
import org.newskg.export.RdfExporter;
import org.newskg.export.RdfFormat;
import org.newskg.read.Sources;
import org.newskg.store.GraphStore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build into a new store, timed end to end and per stage ({@link StageTimes}), and then Jena's basic bulk loader
 * timed on the same quads (the build's export, loaded into another new store), so that the two speeds come from the
 * same run on the same machine.
 */
public final class BuildBenchmark {
    /**
     * What was measured.
     *
     * @param counts        what the build stored, rejected and passed over
     * @param seconds       wall time of the build, from the first source to the last batch written
     * @param times         time per stage, summed over threads
     * @param quads         quads written by the build
     * @param loaderSeconds wall time of Jena's basic loader on the build's export; negative when not measured
     * @param loaderQuads   quads the loader read
     * @param peakRssBytes  the most resident memory this process held (VmHWM), or -1 where the system does not say
     * @param cpuSeconds    processor time of the whole process during the build (every thread, the collector's too),
     *                      or -1 where the JVM does not say
     * @param gcSeconds     time the collectors reported during the build
     */
    public record Result(Ingestion.Counts counts, double seconds, StageTimes times, long quads, double loaderSeconds,
                         long loaderQuads, long peakRssBytes, double cpuSeconds, double gcSeconds) {
        public double quadsPerSecond() {
            return quads / seconds;
        }

        public double loaderQuadsPerSecond() {
            return loaderQuads / loaderSeconds;
        }
    }

    private final NewsKg kg;

    public BuildBenchmark(NewsKg kg) {
        this.kg = kg;
    }

    /**
     * Builds {@code sources} into a new store under {@code work} (which must be empty or missing) and, when
     * {@code compare}, loads the build's export into another with Jena's basic loader. {@code work} is removed after.
     * {@code listener} hears of every article's outcome, as a build's does.
     */
    public Result run(List<String> sources, Ingestion.Settings settings, Path work, boolean compare,
                      java.util.function.Consumer<Outcome> listener) {
        try {
            Files.createDirectories(work);
            try (Stream<Path> s = Files.list(work)) {
                if (s.findAny().isPresent()) throw new NewsKgException(work + ": the work folder must be empty");
            }
            StageTimes times = new StageTimes();
            Ingestion.Counts counts;
            double seconds, cpuSeconds, gcSeconds;
            Path dump = work.resolve("export.nq");
            try (GraphStore store = GraphStore.open(work.resolve("build"), true)) {
                long cpu0 = processCpu(), gc0 = gcMillis();
                long t0 = System.nanoTime();
                counts = Ingestion.build(kg, store, new Sources(sources, kg.config().maxInputBytes()), settings, times, listener);
                seconds = (System.nanoTime() - t0) / 1e9;
                cpuSeconds = cpu0 < 0 ? -1 : (processCpu() - cpu0) / 1e9;
                gcSeconds = (gcMillis() - gc0) / 1e3;
                if (compare) {
                    try (OutputStream out = Files.newOutputStream(dump)) {
                        store.read(ds -> {
                            new RdfExporter().export(ds, RdfFormat.NQUADS, out);
                            return null;
                        });
                    }
                }
            }
            double loaderSeconds = -1;
            long loaderQuads = 0;
            if (compare) {
                try (GraphStore other = GraphStore.open(work.resolve("loader"), true)) {
                    long t0 = System.nanoTime();
                    loaderQuads = other.loadFile(dump);
                    loaderSeconds = (System.nanoTime() - t0) / 1e9;
                }
            }
            return new Result(counts, seconds, times, times.quads(), loaderSeconds, loaderQuads, peakRss(), cpuSeconds, gcSeconds);
        } catch (IOException e) {
            throw new NewsKgException(work + ": " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** The process's peak resident memory (Linux's VmHWM), or -1. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // what is left is in the system's temporary folder
        }
    }
}
