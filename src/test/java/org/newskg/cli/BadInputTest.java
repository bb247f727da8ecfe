package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets one clear line on standard error and a non-zero exit, never a stack trace. */
class BadInputTest {
    @TempDir
    Path tmp;

    private static void assertOneLineFailure(CliRun r, int code, String fragment) {
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().contains(fragment), "message names the problem: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path f = Files.writeString(tmp.resolve("empty.txt"), "");
        assertOneLineFailure(CliRun.of("extract", f.toString()), 1, "empty");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        byte[] b = new byte[4096];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 31);
        Path f = Files.write(tmp.resolve("image.png"), b);
        assertOneLineFailure(CliRun.of("extract", f.toString()), 1, "binary");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() throws IOException {
        byte[] b = "Acme Corp said on Monday that it bought Widget Inc. for a large sum of money today. ".repeat(5)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        b[10] = (byte) 0xE9;
        Path f = Files.write(tmp.resolve("latin1.txt"), b);
        CliRun r = CliRun.of("read", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Acme Corp é"), r.out());
    }

    @Test
    void standardInputOverTheLimitSaysSoWithoutCallingItEqualToTheLimit() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(new byte[20 * 1024 * 1024 + 10]));
            CliRun r = CliRun.of("extract", "-");
            assertOneLineFailure(r, 1, "<stdin>: input is larger than the limit of 20 MiB");
            assertFalse(r.err().contains("is 20 MiB"), r.err());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void hugeFileIsRefusedBeforeReading() throws IOException {
        Path f = tmp.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        assertOneLineFailure(CliRun.of("extract", f.toString()), 1, "larger than the limit");
    }

    @Test
    void missingFileIsNamed() {
        assertOneLineFailure(CliRun.of("extract", tmp.resolve("nope.txt").toString()), 1, "no such file");
    }

    @Test
    void nonEnglishTextIsRefused() throws IOException {
        Path f = Files.writeString(tmp.resolve("de.txt"), "Die Bundesregierung hat am Montag beschlossen, dass die neuen "
                + "Regeln für Unternehmen ab dem nächsten Jahr gelten sollen. Der Minister sagte, man werde die "
                + "Auswirkungen auf die Wirtschaft genau beobachten und gegebenenfalls nachsteuern. Kritiker bemängeln, "
                + "dass die Maßnahmen zu spät kommen und zu wenig bewirken würden.");
        assertOneLineFailure(CliRun.of("extract", f.toString()), 1, "not in English");
    }

    @Test
    void malformedPublishedDateIsRefused() {
        assertOneLineFailure(CliRun.of("extract", "--published", "2026-13-45", TestData.example().toString()), 2,
                "invalid --published date");
    }

    @Test
    void unknownQueryAndSyntaxErrorAreNamed() throws IOException {
        Path store = tmp.resolve("store");
        assertEquals(0, CliRun.of("build", "--store", store.toString(), "--published", "2026-03-05",
                TestData.example().toString()).code());
        assertOneLineFailure(CliRun.of("query", "--store", store.toString(), "no-such-query"), 1, "unknown query");
        Path bad = Files.writeString(tmp.resolve("bad.rq"), "SELECT ?x WHERE { ?x ?y }");
        assertOneLineFailure(CliRun.of("query", "--store", store.toString(), bad.toString()), 1, "syntax error");
    }

    @Test
    void queryParametersAreCheckedAndNeverInjected() {
        Path store = tmp.resolve("store");
        assertEquals(0, CliRun.of("build", "--store", store.toString(), "--published", "2026-03-05", "--no-link",
                TestData.example().toString()).code());
        assertOneLineFailure(CliRun.of("query", "--store", store.toString(), "-p", "entityname=Initech", "entity-profile"), 2,
                "no parameter 'entityname'");
        CliRun injected = CliRun.of("query", "--store", store.toString(), "-p",
                "entityName=https://x> . } UNION { ?x ?y ?z } #", "entity-profile");
        assertOneLineFailure(injected, 2, "not a well-formed IRI");
        assertFalse(injected.err().contains("internal error") || injected.err().contains("Exception"), injected.err());
        CliRun quoted = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-p",
                "entityName=\" } UNION { ?x ?y ?z } #", "entity-profile");
        assertEquals(0, quoted.code(), quoted.err());
        assertEquals(1, quoted.out().strip().lines().count(), "a literal matches nothing: " + quoted.out());
    }

    @Test
    void readingCommandsRefuseAFolderThatIsNoStoreAndWriteNothingThere() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        for (String[] args : new String[][]{{"query", "--store", folder.toString(), "people"},
                {"export", "--store", folder.toString(), "--format", "turtle"}}) {
            assertOneLineFailure(CliRun.of(args), 1, "no store there");
        }
        assertOneLineFailure(CliRun.of("build", "--store", folder.toString(), "--published", "2026-03-05", "--no-link",
                TestData.example().toString()), 1, "holds other files and no store");
        try (var files = Files.list(folder)) {
            assertEquals(java.util.List.of(folder.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void queryOnMissingStoreIsNamed() {
        assertOneLineFailure(CliRun.of("query", "--store", tmp.resolve("none").toString(), "people"), 1, "no store");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.of("extract", "--bogus", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--bogus"));
    }

    @Test
    void storeThatCannotBeCreatedIsRefused() throws IOException {
        // a folder cannot be made below a regular file, whoever runs the test (root may write anywhere else)
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        assertOneLineFailure(CliRun.of("build", "--store", file.resolve("kg").toString(), "--published", "2026-03-05",
                TestData.example().toString()), 1, "cannot create the store folder");
    }

    @Test
    void storeThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("kg"), "x");
        assertOneLineFailure(CliRun.of("build", "--store", file.toString(), "--published", "2026-03-05",
                TestData.example().toString()), 1, "not a folder");
    }
}
