package org.newskg.bench;

import org.newskg.error.NewsKgException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: runs a command in a new JVM again and again, as a user would from a shell, and keeps the wall time
 * of each run from process start to exit.
 *
 * <pre>
 * StartupBenchmark.Result r = new StartupBenchmark().run(List.of("java", "-jar", "newskg.jar", "extract", "a.txt"), 1, 5);
 * </pre>
 */
public final class StartupBenchmark {
    /**
     * What was measured.
     *
     * @param seconds   wall time of each measured run, sorted
     * @param exitCodes the exit code of each measured run, in run order
     */
    public record Result(List<Double> seconds, List<Integer> exitCodes) {
        public Result {
            seconds = List.copyOf(seconds);
            exitCodes = List.copyOf(exitCodes);
        }

        public double min() {
            return seconds.get(0);
        }

        public double median() {
            int n = seconds.size();
            return n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
        }

        public double max() {
            return seconds.get(seconds.size() - 1);
        }
    }

    /**
     * @param command the command line to run, its output discarded
     * @param warmup  unmeasured runs first (they fill the operating system's file cache)
     * @param rounds  measured runs; at least one
     * @throws NewsKgException when the command cannot be started or takes more than a minute
     */
    public Result run(List<String> command, int warmup, int rounds) {
        Objects.requireNonNull(command, "command");
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        List<Double> seconds = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            long t0 = System.nanoTime();
            int code = once(command);
            double s = (System.nanoTime() - t0) / 1e9;
            if (i >= warmup) {
                seconds.add(s);
                codes.add(code);
            }
        }
        Collections.sort(seconds);
        return new Result(seconds, codes);
    }

    private static int once(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new NewsKgException(String.join(" ", command) + ": still running after 60 s");
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new NewsKgException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted", e);
        }
    }

    /** The java launcher of the running JVM. */
    public static Path javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
