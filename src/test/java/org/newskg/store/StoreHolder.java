package org.newskg.store;

import java.nio.file.Path;

/** Run as a separate process by {@link GraphStoreTest}: opens a store, says so, and keeps it open. */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (GraphStore s = GraphStore.open(Path.of(args[0]), true)) {
            s.read(ds -> ds.listNames().hasNext());
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
