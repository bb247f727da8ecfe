package org.newskg.cli;

import org.newskg.link.SnapshotWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newskg wikidata}: work on the Wikidata data newskg links against. */
@Command(name = "wikidata", mixinStandardHelpOptions = true, description = "Make and inspect the Wikidata snapshots newskg links against.",
        subcommands = {WikidataCommand.Snapshot.class, WikidataCommand.Names.class})
final class WikidataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = "Write a snapshot in the bundled format (gzip JSON lines) from an entity table or an official "
                    + "Wikidata JSON dump (latest-all.json.gz, streamed): the people, organizations, products and "
                    + "services in it, those with a sitelink count only when they have at least --min-sitelinks. "
                    + "Link against it with --wikidata-table FILE.")
    static final class Snapshot implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE", description = "An entity table (.jsonl[.gz]) or a Wikidata JSON dump (.json[.gz]).")
        Path source;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The snapshot to write (.jsonl.gz).")
        Path out;
        @Option(names = "--min-sitelinks", defaultValue = "5", paramLabel = "N",
                description = "Fewest Wikipedia sitelinks an item needs when its source counts them (default: ${DEFAULT-VALUE}).")
        int minSitelinks;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (minSitelinks < 0) throw new org.newskg.error.InvalidArgumentException("--min-sitelinks must be 0 or more");
            SnapshotWriter.Result r = new SnapshotWriter(minSitelinks).write(source, out);
            PrintWriter w = spec.commandLine().getOut();
            w.printf("%d of %d items written to %s%n", r.written(), r.read(), out);
            w.flush();
            return 0;
        }
    }

    @Command(name = "names", mixinStandardHelpOptions = true,
            description = "Write the name index the recognizer spots known names with (name, type, sitelinks, QID; "
                    + "gzip TSV) from a snapshot or entity table: the labels and aliases of its people, organizations "
                    + "and products.")
    static final class Names implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE", description = "A snapshot or entity table (.jsonl[.gz]).")
        Path source;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The index to write (.tsv.gz).")
        Path out;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            int n = new org.newskg.link.KnownNamesWriter().write(source, out);
            PrintWriter w = spec.commandLine().getOut();
            w.printf("%d names written to %s%n", n, out);
            w.flush();
            return 0;
        }
    }
}
