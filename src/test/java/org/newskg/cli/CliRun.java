package org.newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The outcome of one in-process run of the command line.
 *
 * @param code exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
