package org.newskg.cli;

/** Runs the command line in-process for tests of other packages. */
public final class CliRunner {
    /**
     * The outcome of a run.
     *
     * @param code exit code
     * @param out  standard output
     * @param err  standard error
     */
    public record Result(int code, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        CliRun r = CliRun.of(args);
        return new Result(r.code(), r.out(), r.err());
    }
}
