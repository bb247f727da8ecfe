package org.newskg.cli;

import org.apache.jena.rdf.model.Model;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.ValidationException;
import org.newskg.model.Extraction;
import org.newskg.rdf.GraphMapper;
import org.newskg.rdf.GraphValidator;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code newskg build}: extract articles and load each into its own named graph of a TDB2 store. All articles
 * are read and validated before anything is written, and the write is one transaction.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract articles and load them into a TDB2 store (one named graph per article; rebuilding an article replaces its graph).")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (created if missing).")
    Path store;
    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that give none.")
    String published;
    @Option(names = "--strict", description = "Fail when a graph violates the SHACL shapes.")
    boolean strict;
    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "HTML or text files, or - for standard input.")
    List<String> articles;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewsKgConfig config = Options.config(published, null).withStrict(strict);
        NewsKg kg = NewsKg.builder().config(config).build();
        GraphValidator validator = NewsKg.validator();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Model> graphs = new LinkedHashMap<>();
        int violations = 0;
        for (String a : articles) {
            Extraction x = kg.process(Inputs.read(a, Optional.empty(), config.maxInputBytes()));
            Model m = kg.map(x);
            List<GraphValidator.Violation> v = validator.validate(m);
            for (GraphValidator.Violation viol : v) {
                err.println("newskg: " + a + ": SHACL: " + viol.focusNode() + ": " + viol.message());
            }
            violations += v.size();
            if (!v.isEmpty() && config.strict()) {
                throw new ValidationException(a + ": the graph violates the SHACL shapes (" + v.size() + " violations); nothing was stored");
            }
            x.diagnostics().forEach(d -> err.println("newskg: " + a + ": " + d.message()));
            graphs.put(GraphMapper.graphName(x.article()), m);
            out.printf("%s: %d entities, %d roles, %d deals, %d events, %d figures%n", a, x.entities().size(),
                    x.roles().size(), x.deals().size(), x.events().size(), x.figures().size());
        }
        try (GraphStore s = GraphStore.open(store, true)) {
            s.replace(graphs);
        }
        out.printf("stored %d article graph(s) in %s%s%n", graphs.size(), store,
                violations > 0 ? " (" + violations + " SHACL violations reported)" : "");
        out.flush();
        return 0;
    }
}
