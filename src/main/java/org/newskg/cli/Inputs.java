package org.newskg.cli;

import org.newskg.error.ArticleReadException;
import org.newskg.error.InvalidArgumentException;
import org.newskg.read.ArticleInput;
import org.newskg.read.Sizes;
import org.newskg.read.Sources;
import org.newskg.read.UrlFetcher;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Turns command-line arguments into library inputs. */
final class Inputs {
    private Inputs() {
    }

    /** Reads a file, or standard input for "-", refusing anything larger than {@code maxBytes}. */
    static ArticleInput read(String arg, Optional<String> url, long maxBytes) {
        if (UrlFetcher.isUrl(arg)) {
            return new UrlFetcher(UrlFetcher.Settings.of(maxBytes)).fetch(arg);
        }
        if (arg.equals("-")) {
            try {
                InputStream in = System.in;
                byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
                if (b.length > maxBytes) {
                    throw new ArticleReadException("<stdin>: input is larger than the limit of "
                            + Sizes.describe(maxBytes, 0) + " for one article");
                }
                return new ArticleInput(b, "<stdin>", url);
            } catch (IOException e) {
                throw new ArticleReadException("<stdin>: cannot read: " + e.getMessage(), e);
            }
        }
        return Sources.readFile(arg, url, maxBytes);
    }

    /** Parses a YYYY-MM-DD date given on the command line. */
    static Optional<LocalDate> date(String s) {
        if (s == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException("invalid --published date '" + s + "': expected YYYY-MM-DD");
        }
    }
}
