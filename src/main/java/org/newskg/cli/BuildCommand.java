package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.model.Extraction;
import org.newskg.rdf.Iris;
import org.newskg.read.ArticleInput;
import org.newskg.store.GraphStore;
import org.newskg.link.StoreLinker;
import org.newskg.link.WikidataLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    @Option(names = "--strict", description = "Fail, storing nothing, when a graph violates the SHACL shapes.")
    boolean strict;
    @Option(names = "--link", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Link the built articles' entities to Wikidata (default; --no-link to skip): the bundled snapshot unless a link option names another source.")
    boolean link;
    @Mixin
    LinkOptions linkOptions;
    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "HTML or text files, http(s) URLs, or - for standard input.")
    List<String> articles;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewsKgConfig config = Options.config(published, null).withStrict(strict);
        NewsKg kg = NewsKg.builder().config(config).build();
        List<ArticleInput> inputs = articles.stream()
                .map(a -> Inputs.read(a, Optional.empty(), config.maxInputBytes())).toList();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<NewsKg.ArticleGraph> built;
        Optional<StoreLinker.Report> linked = Optional.empty();
        Optional<StoreLinker> linker = link
                ? Optional.of(new StoreLinker(new WikidataLinker(linkOptions.source().lookup()))) : Optional.empty();
        try (GraphStore s = GraphStore.open(store, true)) {
            built = kg.build(s, inputs);
            if (linker.isPresent()) {
                Set<String> entities = new HashSet<>();
                built.forEach(g -> g.extraction().entities().forEach(e -> entities.add(Iris.entity(e.key()))));
                linked = Optional.of(linker.get().link(s, Optional.of(entities)));
            }
        }
        int violations = 0;
        for (int i = 0; i < built.size(); i++) {
            String a = articles.get(i);
            NewsKg.ArticleGraph g = built.get(i);
            g.violations().forEach(v -> err.println("newskg: " + a + ": SHACL: " + v.focusNode() + ": " + v.message()));
            violations += g.violations().size();
            Extraction x = g.extraction();
            Problems.report(err, a, x.diagnostics());
            out.printf("%s: %d entities, %d roles, %d deals, %d events, %d figures%n", a, x.entities().size(),
                    x.roles().size(), x.deals().size(), x.events().size(), x.figures().size());
        }
        out.printf("stored %d article graph(s) in %s%s%n", built.size(), store,
                violations > 0 ? " (" + violations + " SHACL violations reported)" : "");
        out.flush();
        err.flush();
        return linked.map(r -> LinkCommand.report(spec, r)).orElse(0);
    }
}
