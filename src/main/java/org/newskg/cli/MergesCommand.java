package org.newskg.cli;

import org.newskg.corpus.MergeExplainer;
import org.newskg.error.QueryException;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code newskg merges}: the joins across articles, and why a name's entities are joined or kept apart. */
@Command(name = "merges", mixinStandardHelpOptions = true,
        description = "List the joins of entities across articles with their evidence and score, or, with --explain NAME, "
                + "for each stored entity of that name: the joins that made it one node and the entities it is kept apart from, with the reason.")
final class MergesCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;
    @Option(names = "--explain", paramLabel = "NAME", description = "Explain the stored entities of this name (its name key, or a person's surname).")
    String explain;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore s = GraphStore.open(store, false)) {
            if (explain == null) {
                out.print(new QueryRunner(s).run(NamedQuery.MERGES.query(), Map.of(), ResultFormat.TABLE));
                out.flush();
                return 0;
            }
            List<MergeExplainer.Explanation> all = MergeExplainer.explain(s, explain);
            if (all.isEmpty()) throw new QueryException(store + ": no stored entity named \"" + explain + "\"");
            for (MergeExplainer.Explanation x : all) print(out, x);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, MergeExplainer.Explanation x) {
        out.printf("%s (%s, %s): named in %d article(s); names: %s%n", x.name(), x.kind(), x.iri(), x.articles(),
                String.join(", ", new java.util.TreeSet<>(x.names())));
        if (x.joins().isEmpty()) out.println("  joins: none (every article gave it this IRI by its own name)");
        for (MergeExplainer.Join j : x.joins()) {
            out.printf("  joined  \"%s\" in \"%s\": %s (score %s)%n", j.name(), j.article(), j.evidence(), j.score());
        }
        for (MergeExplainer.Apart a : x.apart()) {
            out.printf("  apart   %s (%s, %s): %s%n", a.name(), a.kind(), a.iri(), a.reason());
        }
    }
}
