package org.newskg.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

/**
 * How a long build shows that it works: on a terminal a progress bar on standard error (articles done of the total
 * when it is known, articles per second, time left, rejected); otherwise a plain line on standard error every
 * {@link #EVERY} ({@code newskg: progress: …}); nothing when quiet.
 */
final class BuildProgress implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(30);

    private final Optional<ProgressBar> bar;
    private final Optional<PrintWriter> lines;
    private final long start = System.nanoTime();
    private long lastLine = System.nanoTime();
    private int stored;
    private int rejected;

    private BuildProgress(Optional<ProgressBar> bar, Optional<PrintWriter> lines) {
        this.bar = bar;
        this.lines = lines;
    }

    /**
     * @param total    how many articles there are, when known (-1 when the sources are read as they come)
     * @param terminal whether standard error is a terminal
     */
    static BuildProgress open(boolean quiet, boolean terminal, long total, PrintStream terminalOut, PrintWriter err) {
        if (quiet) return new BuildProgress(Optional.empty(), Optional.empty());
        if (!terminal) return new BuildProgress(Optional.empty(), Optional.of(err));
        ProgressBar bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(total).showSpeed()
                .setUnit(" articles", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(terminalOut)).build();
        return new BuildProgress(Optional.of(bar), Optional.empty());
    }

    /** Whether per-article lines should be printed (not when a bar takes their place, nor when quiet). */
    boolean perArticleLines(boolean quiet) {
        return !quiet && bar.isEmpty();
    }

    void stored() {
        stored++;
        tick();
    }

    void rejected() {
        rejected++;
        tick();
    }

    private void tick() {
        bar.ifPresent(b -> {
            b.step();
            if (rejected > 0) b.setExtraMessage(" " + rejected + " rejected");
        });
        lines.ifPresent(w -> {
            long now = System.nanoTime();
            if (now - lastLine < EVERY.toNanos()) return;
            lastLine = now;
            double seconds = (now - start) / 1e9;
            w.printf("newskg: progress: %d stored, %d rejected, %.1f articles/s%n", stored, rejected, (stored + rejected) / seconds);
            w.flush();
        });
    }

    @Override
    public void close() {
        bar.ifPresent(ProgressBar::close);
    }
}
