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

    @Test
    void compactingKeepsEveryQuadAndGivesBackTheSpaceOfEarlierTransactions() {
        Path dir = tmp.resolve("kg");
        String before;
        try (GraphStore s = GraphStore.open(dir, true)) {
            // forty transactions, each replacing one article graph and adding another: the replaced blocks stay behind
            for (int i = 0; i < 40; i++) {
                org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                for (int k = 0; k < 200; k++) {
                    m.add(m.createResource("urn:x:e" + i + "-" + k), m.createProperty("urn:x:p" + (k % 7)), "value " + i + " " + k);
                }
                s.replace(java.util.Map.of("urn:x:graph" + (i % 2 == 0 ? "0" : i), m));
            }
            before = dump(s);
        }
        CliRunner.Result r = CliRunner.run("compact", "--store", dir.toString());
        assertEquals(0, r.code(), r.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) MB -> (\\d+) MB").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Long.parseLong(m.group(2)) < Long.parseLong(m.group(1)), r.out());
        try (GraphStore s = GraphStore.open(dir, false)) {
            assertEquals(before, dump(s));
        }
    }

    private static String dump(GraphStore s) {
        return s.read(ds -> String.join("\n", ds.asDatasetGraph().stream().map(Object::toString).sorted().toList()));
    }
}
