package org.newskg.cli;

import org.newskg.model.Diagnostic;

import java.io.PrintWriter;
import java.util.List;

/**
 * The one place where the commands report what went wrong or had to be worked around in an article: one line
 * each on standard error, {@code newskg: ORIGIN: MESSAGE}, so that a user can grep a batch's log by file.
 */
final class Problems {
    private Problems() {
    }

    static void report(PrintWriter err, String origin, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) err.println("newskg: " + origin + ": " + d.message());
        err.flush();
    }
}
