package org.newskg.spark;

import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.build.Outcome;
import org.newskg.build.Parts;
import org.newskg.build.Preparer;
import org.newskg.build.StageTimes;
import org.newskg.read.Sources;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The distributed build: reads articles from any Hadoop-compatible path (files and folders, recursively: .html,
 * .htm, .txt, gzipped or not, JSON Lines and WARC), extracts them in parallel partitions with the newskg library
 * exactly as {@code newskg build} does, and writes {@code OUT/quads/part-*.gz} (gzip N-Quads, one named graph per
 * article, articles in the order a build reads them: files by path, records in file order) and
 * {@code OUT/rejects/part-*} (origin TAB reason). {@code newskg load --store DIR OUT} then resolves the articles
 * across each other, stores and links them, so that the store equals the one {@code newskg build} makes.
 */
public final class SparkBuild implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String published;

    /** @param published the publication date for articles that give none (YYYY-MM-DD), or null */
    public SparkBuild(String published) {
        this.published = published;
    }

    /** One article's result: its place in the build's order, and its quads or the reason it was rejected. */
    record Result(long file, int record, boolean stored, String text) implements Serializable {
    }

    /** Runs the job on {@code inputs} (comma-separated Hadoop paths allowed) and writes its output under {@code out}. */
    public void run(JavaSparkContext sc, List<String> inputs, String out) {
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", inputs), sc.defaultParallelism())
                .filter(f -> readable(name(f._1())));
        JavaPairRDD<Tuple2<String, PortableDataStream>, Long> numbered = files.sortByKey().zipWithIndex();
        JavaRDD<Result> results = numbered.mapPartitions(this::extract).cache();
        results.filter(Result::stored)
                .sortBy(r -> r.file() * 1_000_000_000L + r.record(), true, sc.defaultParallelism())
                .map(Result::text).saveAsTextFile(out + "/quads", GzipCodec.class);
        results.filter(r -> !r.stored()).sortBy(r -> r.file() * 1_000_000_000L + r.record(), true, 1)
                .map(Result::text).saveAsTextFile(out + "/rejects");
        results.unpersist();
    }

    /** The files a build reads: article files and archives of articles, by name. */
    static boolean readable(String name) {
        return Sources.isArticleFile(name) || Sources.isArchive(name);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private Iterator<Result> extract(Iterator<Tuple2<Tuple2<String, PortableDataStream>, Long>> files) throws IOException {
        NewsKgConfig config = NewsKgConfig.defaults();
        if (published != null) config = config.withPublished(LocalDate.parse(published));
        Preparer preparer = new Preparer(NewsKg.builder().config(config).build(), new StageTimes());
        List<Result> out = new ArrayList<>();
        Path tmp = Files.createTempDirectory("newskg-spark-");
        try {
            while (files.hasNext()) {
                Tuple2<Tuple2<String, PortableDataStream>, Long> f = files.next();
                String origin = f._1()._1();
                // the readers of newskg read local files: the file is copied next to the job, under its own name
                Path local = tmp.resolve(name(origin));
                try (InputStream in = f._1()._2().open()) {
                    Files.copy(in, local);
                }
                Sources sources = new Sources(List.of(local.toString()), config.maxInputBytes());
                int record = 0;
                while (sources.hasNext()) {
                    Sources.Source s = sources.next();
                    String where = origin + s.origin().substring(local.toString().length());
                    Outcome o = preparer.prepare(new Sources.Source(where, s.input()));
                    if (o instanceof Outcome.Stored st) {
                        out.add(new Result(f._2(), record, true, Parts.nquads(st).stripTrailing()));
                    } else if (o instanceof Outcome.Rejected rj) {
                        out.add(new Result(f._2(), record, false, where + "\t" + rj.reason().replace('\t', ' ').replace('\n', ' ')));
                    }
                    record++;
                }
                Files.delete(local);
            }
        } finally {
            try (var s = Files.list(tmp)) {
                s.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(tmp);
        }
        return out.iterator();
    }

    /**
     * {@code SparkBuild [--master URL] [--published YYYY-MM-DD] --out DIR INPUT...}; {@code --master} defaults to
     * {@code local[*]} unless spark-submit gave one.
     */
    public static void main(String[] args) {
        String master = null, published = null, out = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master" -> master = value(args, ++i);
                case "--published" -> published = value(args, ++i);
                case "--out" -> out = value(args, ++i);
                default -> inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println("usage: SparkBuild [--master URL] [--published YYYY-MM-DD] --out DIR INPUT...");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("newskg build");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            new SparkBuild(published).run(sc, inputs, out);
        } catch (UncheckedIOException e) {
            System.err.println("newskg-spark: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("newskg-spark: " + args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
