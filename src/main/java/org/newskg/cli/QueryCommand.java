package org.newskg.cli;

import org.newskg.error.QueryException;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code newskg query}: run a bundled query by name, or a SPARQL file, over all articles of a store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a bundled query (people, organizations, products, deals, timeline, figures, entity-profile, deals-by-company, article-contributions, articles) or a .rq file over all articles in a store.")
final class QueryCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;
    @Option(names = "--format", defaultValue = "table", description = "csv, tsv, json or table (default: ${DEFAULT-VALUE}).")
    ResultFormat format;
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Bind a query variable, e.g. -p entityName=Acme.")
    Map<String, String> params = new LinkedHashMap<>();
    @Parameters(paramLabel = "NAME|FILE.rq", description = "A bundled query name or a SPARQL file.")
    String query;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        QueryRunner.Sparql q = resolve(query);
        try (GraphStore s = GraphStore.open(store, false)) {
            String result = new QueryRunner(s).run(q, params, format);
            spec.commandLine().getOut().print(result);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static QueryRunner.Sparql resolve(String name) {
        if (name.endsWith(".rq") || name.contains("/")) {
            Path p = Path.of(name);
            if (!Files.isRegularFile(p)) throw new QueryException(name + ": no such query file");
            try {
                return new QueryRunner.Sparql(Files.readString(p, StandardCharsets.UTF_8), name);
            } catch (IOException e) {
                throw new QueryException(name + ": cannot read: " + e.getMessage(), e);
            }
        }
        return NamedQuery.of(name).orElseThrow(() -> new QueryException("unknown query '" + name + "'; known: "
                + Arrays.stream(NamedQuery.values()).map(NamedQuery::queryName).collect(Collectors.joining(", "))))
                .sparql();
    }
}
