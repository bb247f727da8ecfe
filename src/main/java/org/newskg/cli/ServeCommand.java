package org.newskg.cli;

import org.newskg.error.NewsKgException;
import org.newskg.serve.FusekiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newskg serve}: a SPARQL endpoint, the Fuseki UI and newskg's pages over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store over HTTP: SPARQL query and read-only Graph Store endpoints at /newskg, the Fuseki UI at /, newskg's pages at /app/.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;
    @Option(names = "--port", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
    String host;
    @Option(names = "--allow-update", description = "Add a SPARQL update endpoint, /newskg/update, behind HTTP basic authentication.")
    boolean allowUpdate;
    @Option(names = "--user", defaultValue = "admin", description = "User allowed to update (default: ${DEFAULT-VALUE}).")
    String user;
    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the update password.")
    Path passwordFile;
    @Option(names = "--password-env", paramLabel = "VAR", defaultValue = "NEWSKG_PASSWORD",
            description = "Environment variable holding the update password when no file is given (default: ${DEFAULT-VALUE}).")
    String passwordEnv;
    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cut off a query that runs longer than this; the client gets 503 (default: ${DEFAULT-VALUE}).")
    int queryTimeout;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<FusekiLauncher.Credentials> update = allowUpdate
                ? Optional.of(new FusekiLauncher.Credentials(user, password())) : Optional.empty();
        if (queryTimeout <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--query-timeout must be a positive number of seconds: " + queryTimeout);
        }
        FusekiLauncher server = FusekiLauncher.start(new FusekiLauncher.Settings(store, port, host, update,
                java.time.Duration.ofSeconds(queryTimeout)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "newskg-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("serving %s at %s%n", store, server.url());
        out.printf("  SPARQL:   %s%s/sparql (read only%s)%n", server.url(), FusekiLauncher.DATASET,
                update.isPresent() ? "; updates at " + server.url() + FusekiLauncher.DATASET + "/update for " + user : "");
        out.printf("  pages:    %sapp/%n  Fuseki:   %s%nstop with Ctrl-C%n", server.url(), server.url());
        out.flush();
        server.join();
        return 0;
    }

    private String password() {
        String pw;
        if (passwordFile != null) {
            try {
                pw = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new NewsKgException(passwordFile + ": cannot read the password file: " + e.getMessage(), e);
            }
        } else {
            pw = Optional.ofNullable(System.getenv(passwordEnv)).orElse("");
        }
        if (pw.isBlank()) {
            throw new NewsKgException("--allow-update needs a password: give --password-file FILE or set " + passwordEnv);
        }
        return pw.strip();
    }
}
