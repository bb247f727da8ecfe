package org.newskg.bench;

import org.newskg.NewsKg;
import org.newskg.read.ArticleInput;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Objects;

/**
 * Extraction without storage, on one thread, in a warm JVM: every input is read, analysed and extracted
 * {@code warmup} times unmeasured, then {@code rounds} times measured.
 *
 * <pre>
 * ExtractionBenchmark.Result r = new ExtractionBenchmark(kg).run(inputs, 3, 5);
 * </pre>
 */
public final class ExtractionBenchmark {
    private final NewsKg kg;

    public ExtractionBenchmark(NewsKg kg) {
        this.kg = Objects.requireNonNull(kg, "kg");
    }

    /**
     * What was measured.
     *
     * @param articles       articles extracted in the measured rounds
     * @param bytes          their input size
     * @param seconds        wall time of the measured rounds
     * @param peakHeapBytes  the most heap in use at once during the measured rounds (all heap pools)
     * @param maxHeapBytes   the heap limit of this JVM
     * @param entities       entities found per round, a check that the work was done
     */
    public record Result(long articles, long bytes, double seconds, long peakHeapBytes, long maxHeapBytes, long entities) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** Runs the benchmark; the inputs must not be empty. */
    public Result run(List<ArticleInput> inputs, int warmup, int rounds) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("no inputs to measure");
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        for (int i = 0; i < warmup; i++) once(inputs);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long bytes = inputs.stream().mapToLong(in -> in.bytes().length).sum();
        long entities = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) entities = once(inputs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Result((long) inputs.size() * rounds, bytes * rounds, seconds, peak,
                Runtime.getRuntime().maxMemory(), entities);
    }

    private long once(List<ArticleInput> inputs) {
        long entities = 0;
        for (ArticleInput in : inputs) entities += kg.process(in).entities().size();
        return entities;
    }
}
