package org.newskg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.newskg.error.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A TDB2 store of article graphs.
 *
 * <pre>
 * try (GraphStore store = GraphStore.open(Path.of("kg"))) {
 *     store.replace(Map.of(graphName, model));
 * }
 * </pre>
 */
public final class GraphStore implements AutoCloseable {
    /**
     * Where the graphs of the corpus index are named (the corpus package writes them): derived data that resolution
     * across articles reads, not the articles' data; exports and the linker leave them out.
     */
    public static final String INDEX_GRAPHS = "https://newskg.org/index/";

    /** Whether a graph of the store is one of the corpus index's. */
    public static boolean isIndexGraph(String graph) {
        return graph.startsWith(INDEX_GRAPHS);
    }

    private final Dataset dataset;
    private final Path dir;

    private GraphStore(Dataset dataset, Path dir) {
        this.dataset = dataset;
        this.dir = dir;
    }

    /**
     * Opens the store at {@code dir}, creating it when {@code create} is true and the folder does not exist or is
     * empty. Opening to read ({@code create} false) never writes into a folder that holds no store, and a folder
     * that holds other files and no store is never made one.
     *
     * @throws StoreException when the folder cannot be created or written, holds no store (and create is
     *                        false), holds other files and no store, or another process holds the store
     */
    public static GraphStore open(Path dir, boolean create) {
        Objects.requireNonNull(dir, "dir");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + ": not a folder");
        }
        if (!Files.exists(dir)) {
            if (!create) throw new StoreException(dir + ": no store there (run 'newskg build --store " + dir + " …' first)");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException(dir + ": cannot create the store folder: " + e.getMessage(), e);
            }
        } else if (!isStore(dir)) {
            if (!create) {
                throw new StoreException(dir + ": no store there (run 'newskg build --store " + dir + " …' first)");
            }
            if (!isEmpty(dir)) {
                throw new StoreException(dir + ": the folder holds other files and no store; give an empty or new folder");
            }
        }
        if (create && !Files.isWritable(dir)) {
            throw new StoreException(dir + ": the store folder is not writable");
        }
        try {
            return new GraphStore(TDB2Factory.connectDataset(dir.toString()), dir);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock") || msg.contains("Process")) {
                throw new StoreException(dir + ": the store is in use by another process", e);
            }
            throw new StoreException(dir + ": cannot open the store: " + msg, e);
        }
    }

    /** Whether {@code dir} holds a TDB2 store: a {@code Data-NNNN} folder, as TDB2 lays them out. */
    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot read the store folder: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot read the store folder: " + e.getMessage(), e);
        }
    }

    /** Replaces (or adds) the given named graphs in one write transaction: all of them land, or none. */
    public void replace(Map<String, Model> graphs) {
        write(graphs, Map.of());
    }

    /**
     * In one write transaction (all of it lands, or none): replaces the named graphs of {@code replace} and adds the
     * statements of {@code add} to the named graphs they are given under, keeping what those hold.
     */
    public void write(Map<String, Model> replace, Map<String, Model> add) {
        try {
            Txn.executeWrite(dataset, () -> {
                replace.forEach((name, model) -> {
                    dataset.removeNamedModel(name);
                    dataset.addNamedModel(name, model);
                });
                add.forEach((name, model) -> dataset.getNamedModel(name).add(model));
            });
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot write to the store: " + e.getMessage(), e);
        }
    }

    /**
     * Loads an RDF file into the store with Jena's basic bulk loader (the one {@code tdb2.tdbloader --loader=basic}
     * runs), in one transaction; the benchmark that compares a build with it calls this.
     *
     * @return the quads and triples read
     */
    public long loadFile(Path file) {
        org.apache.jena.tdb2.loader.DataLoader loader =
                org.apache.jena.tdb2.loader.LoaderFactory.basicLoader(dataset.asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        try {
            loader.load(file.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException(dir + ": cannot load " + file + ": " + e.getMessage(), e);
        }
        return loader.countQuads() + loader.countTriples();
    }

    /**
     * Compacts the store: TDB2 writes each transaction's changes to new blocks and keeps the old ones, so a store
     * built in many transactions holds several times its live data; compaction copies the live data into a new
     * generation ({@code Data-NNNN}) and deletes the old one.
     */
    public void compact() {
        try {
            org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot compact the store: " + e.getMessage(), e);
        }
    }

    /** The bytes the store's files take on disk. */
    public long bytesOnDisk() {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot read the store folder: " + e.getMessage(), e);
        }
    }

    /** Runs {@code action} inside a read transaction and returns its result. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /** The folder of the store. */
    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
