package org.newskg.cli;

import java.io.PrintWriter;

/** Entry point of {@code newskg}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
        System.exit(code);
    }
}
