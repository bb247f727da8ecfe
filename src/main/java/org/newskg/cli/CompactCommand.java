package org.newskg.cli;

import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newskg compact}: reclaim the space that a store's earlier transactions left behind. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact a store: TDB2 keeps the blocks each write transaction replaced, so a store built in many batches holds several times its data; this copies the live data into a new generation and deletes the old (what queries see does not change).")
final class CompactCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphStore s = GraphStore.open(store, false)) {
            long before = s.bytesOnDisk();
            long t0 = System.nanoTime();
            s.compact();
            spec.commandLine().getOut().printf("compacted %s in %.1f s: %.0f MB -> %.0f MB%n", store, (System.nanoTime() - t0) / 1e9,
                    before / 1048576.0, s.bytesOnDisk() / 1048576.0);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
