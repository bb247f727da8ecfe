package org.newskg.cli;

import org.newskg.error.InvalidArgumentException;
import org.newskg.error.NewsKgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Builds the {@code newskg} command line; tests run it in-process with their own writers. */
@Command(name = "newskg", mixinStandardHelpOptions = true, version = "newskg 0.1.0",
        description = "Turns news articles into an RDF knowledge graph that you query with SPARQL.",
        subcommands = {ReadCommand.class, ExtractCommand.class, BuildCommand.class, LoadCommand.class, LinkCommand.class, MergesCommand.class, QueryCommand.class, ServeCommand.class, BenchCommand.class, TrainCommand.class, WikidataCommand.class,
                ExportCommand.class, CompactCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Callable<Integer> {
    @Option(names = "--verbose", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** A configured command line writing to {@code out} and {@code err}: exit 0 ok, 1 failure, 2 usage error. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        Cli root = new Cli();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            boolean verbose = parseResult.matchedOption("--verbose") != null
                    || parseResult.subcommand() != null && parseResult.subcommand().matchedOption("--verbose") != null;
            if (ex instanceof InvalidArgumentException) {
                line.getErr().println("newskg: " + ex.getMessage());
                line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
                line.getErr().flush();
                return 2;
            } else if (ex instanceof NewsKgException) {
                line.getErr().println("newskg: " + ex.getMessage());
            } else {
                line.getErr().println("newskg: internal error: " + ex);
            }
            if (verbose) ex.printStackTrace(line.getErr());
            line.getErr().flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("newskg: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return 2;
        });
        return cl;
    }
}
