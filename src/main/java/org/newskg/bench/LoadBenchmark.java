package org.newskg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A SPARQL endpoint under load: {@code clients} threads each send the given queries in turn (POST,
 * {@code application/sparql-query}, JSON results), one at a time, until the time is up, and every latency is kept.
 *
 * <pre>
 * LoadBenchmark.Result r = new LoadBenchmark().run(URI.create("http://127.0.0.1:3030/newskg/sparql"), queries, 16,
 *         Duration.ofSeconds(30));
 * </pre>
 */
public final class LoadBenchmark {
    /**
     * What was measured.
     *
     * @param requests  answered requests
     * @param errors    requests that failed or did not answer 200
     * @param seconds   wall time
     * @param latencies per query name, every latency in milliseconds, sorted
     */
    public record Result(long requests, long errors, double seconds, Map<String, List<Double>> latencies) {
        public double requestsPerSecond() {
            return requests / seconds;
        }

        /** The {@code p}-th percentile (0–100) of all latencies, in milliseconds. */
        public double percentile(double p) {
            List<Double> all = new ArrayList<>();
            latencies.values().forEach(all::addAll);
            Collections.sort(all);
            return percentile(all, p);
        }

        /** The {@code p}-th percentile of one query's latencies, in milliseconds. */
        public double percentile(String query, double p) {
            return percentile(latencies.getOrDefault(query, List.of()), p);
        }

        private static double percentile(List<Double> sorted, double p) {
            if (sorted.isEmpty()) return Double.NaN;
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }
    }

    /** Runs the load; {@code queries} maps a name to SPARQL text. */
    public Result run(URI endpoint, Map<String, String> queries, int clients, Duration duration) throws InterruptedException {
        Objects.requireNonNull(endpoint, "endpoint");
        if (queries.isEmpty()) throw new IllegalArgumentException("no queries");
        if (clients < 1) throw new IllegalArgumentException("clients must be at least 1: " + clients);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Map.Entry<String, String>> list = new ArrayList<>(queries.entrySet());
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, List<Double>>>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            futures.add(pool.submit(() -> {
                Map<String, List<Double>> mine = new LinkedHashMap<>();
                for (int k = first; System.nanoTime() < end; k++) {
                    Map.Entry<String, String> q = list.get(k % list.size());
                    HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", "application/sparql-results+json")
                            .POST(HttpRequest.BodyPublishers.ofString(q.getValue())).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    mine.computeIfAbsent(q.getKey(), n -> new ArrayList<>()).add((System.nanoTime() - s) / 1e6);
                    requests.incrementAndGet();
                }
                return mine;
            }));
        }
        pool.shutdown();
        Map<String, List<Double>> all = new LinkedHashMap<>();
        for (Future<Map<String, List<Double>>> f : futures) {
            try {
                f.get().forEach((k, v) -> all.computeIfAbsent(k, n -> new ArrayList<>()).addAll(v));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        all.values().forEach(Collections::sort);
        return new Result(requests.get(), errors.get(), seconds, all);
    }
}
