package org.newskg.build;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an ingestion's time went: the processor time of the thread that ran each stage, summed over threads (so
 * threads waiting for a core do not count, and the stages of a two-thread build can add up to twice the wall
 * time), and how many quads were written.
 */
public final class StageTimes {
    /** The stages, in pipeline order. */
    public enum Stage {
        /** Reading what the store already holds when the ingestion starts: its digests, entities and events. */
        INDEX,
        /** Reading the source and its article (files, HTML, text). */
        READ,
        /** Sentences, names, resolution within the article, facts. */
        EXTRACT,
        /** The article's graph. */
        MAP,
        /** SHACL validation. */
        VALIDATE,
        /** Resolution across the corpus (serial, in source order). */
        RESOLVE,
        /** Writing batches into the store (its own thread). */
        WRITE
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder quads = new LongAdder();

    public StageTimes() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The processor time of the current thread so far, in nanoseconds (its wall time where the JVM cannot say). */
    public static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Adds what the current thread spent since {@code start} (a value of {@link #now()}) to {@code stage}. */
    public void since(Stage stage, long start) {
        nanos.get(stage).add(now() - start);
    }

    /** Counts the quads written. */
    public void addQuads(long n) {
        quads.add(n);
    }

    /** Processor seconds spent in {@code stage}, summed over threads. */
    public double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }

    /** One line: the processor seconds of each stage, in pipeline order ("index 0.4 read 1.2 …"). */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (Stage st : Stage.values()) {
            if (b.length() > 0) b.append(' ');
            b.append(st.name().toLowerCase(java.util.Locale.ROOT)).append(String.format(java.util.Locale.ROOT, " %.1f", seconds(st)));
        }
        return b.toString();
    }

    /** Quads written so far. */
    public long quads() {
        return quads.sum();
    }
}
