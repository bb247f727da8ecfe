/**
 * Benchmarks, run through {@code newskg bench}: extraction speed and memory over a folder of articles
 * ({@link org.newskg.bench.ExtractionBenchmark}) and a SPARQL endpoint under concurrent load
 * ({@link org.newskg.bench.LoadBenchmark}). They measure; no test asserts a time.
 */
package org.newskg.bench;
