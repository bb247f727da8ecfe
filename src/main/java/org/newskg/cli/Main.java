package org.newskg.cli;

import java.io.PrintWriter;

/** Entry point of {@code newskg}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = Cli.commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
        } catch (OutOfMemoryError e) {
            // a store's open transaction is aborted, so what was stored before stays whole
            System.err.println("newskg: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB heap); run it with a larger heap, e.g. java -Xmx4g -jar newskg.jar …");
            code = 1;
        }
        System.exit(code);
    }
}
