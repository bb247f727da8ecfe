package org.newskg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.error.StoreException;
import org.newskg.cli.CliRunner;
import org.newskg.TestData;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphStoreTest {
    @TempDir
    Path tmp;

    @Test
    void storeHeldByAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        // the other process creates the store: this JVM must not have opened it (TDB2 keeps its lock per JVM)
        Path store = tmp.resolve("kg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), store.toString(), "20000")).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && !line.contains("holding")) {
                // wait until the other process has the store open
            }
            assertTrue(line != null, "the other process opened the store");
            CliRunner.Result build = CliRunner.run("build", "--store", store.toString(), "--published", "2026-03-05",
                    TestData.example().toString());
            assertEquals(1, build.code());
            assertTrue(build.err().contains("in use by another process"), build.err());
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void openingAMissingStoreForReadingSaysSo() {
        StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(tmp.resolve("none"), false));
        assertTrue(e.getMessage().contains("no store there"), e.getMessage());
    }
}
