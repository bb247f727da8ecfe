package org.newskg.cli;

import org.newskg.error.NewsKgException;
import org.newskg.export.RdfExporter;
import org.newskg.export.RdfFormat;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newskg export}: write a whole store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store as RDF (TriG and N-Quads keep one graph per article; Turtle and JSON-LD merge them).")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;
    @Option(names = "--format", required = true, description = "turtle, ntriples, rdfxml, jsonld (one merged graph), trig or nquads (one graph per article).")
    RdfFormat format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GraphStore s = GraphStore.open(store, false)) {
            if (output == null) {
                s.read(ds -> {
                    new RdfExporter().export(org.newskg.corpus.IndexGraph.dataOnly(ds), format, spec.commandLine().getOut());
                    return null;
                });
                spec.commandLine().getOut().flush();
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".part");
                // written beside the target and moved over it, so a failed export leaves no half file
                try {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        s.read(ds -> {
                            new RdfExporter().export(org.newskg.corpus.IndexGraph.dataOnly(ds), format, out);
                            return null;
                        });
                    }
                    Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new NewsKgException(output + ": cannot write: " + e.getMessage(), e);
                }
            }
        }
        return 0;
    }
}
