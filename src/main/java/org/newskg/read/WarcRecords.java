package org.newskg.read;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newskg.error.ArticleReadException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The HTML pages of a WARC or WARC.gz archive (read with jwarc), one source each: every {@code response} record
 * whose HTTP status is 200 and whose payload is HTML, with its target URI and, as the date to fall back on when
 * the page gives none, the day it was captured. Requests, metadata, redirects, errors, images and scripts are
 * passed over. A record is read when it is reached, so memory holds one page at a time; a record that cannot be
 * read is a failed source named {@code FILE@OFFSET}, and the archive goes on.
 */
final class WarcRecords implements Iterator<Sources.Source> {
    private final String file;
    private final long maxBytes;
    private final WarcReader reader;
    private Sources.Source next;
    private boolean done;

    WarcRecords(Path path, String file, long maxBytes) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.reader = new WarcReader(path);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) next = advance();
        return next != null;
    }

    @Override
    public Sources.Source next() {
        if (!hasNext()) throw new NoSuchElementException();
        Sources.Source s = next;
        next = null;
        return s;
    }

    private Sources.Source advance() {
        long offset = reader.position();
        String origin = file + "@" + offset;
        try {
            Optional<WarcRecord> r = reader.next();
            if (r.isEmpty()) {
                close();
                return null;
            }
            if (!(r.get() instanceof WarcResponse response) || !response.contentType().base().equals(MediaType.HTTP)) return null;
            HttpResponse http = response.http();
            if (http.status() != 200 || !http.contentType().base().equals(MediaType.HTML)) return null;
            String url = response.target();
            byte[] bytes;
            try (InputStream in = http.body().stream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                return failed(url, url + " (" + origin + "): the page is larger than the limit of " + Sizes.describe(maxBytes, 0));
            }
            Optional<Charset> charset = charset(http.contentType());
            Optional<LocalDate> captured = Optional.of(LocalDate.ofInstant(response.date(), ZoneOffset.UTC));
            ArticleInput input = new ArticleInput(bytes, url, Optional.of(url), charset, captured);
            return new Sources.Source(url, () -> input);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // the archive cannot be read past a broken record: report it and stop
            close();
            return failed(origin, origin + ": cannot read the WARC record: " + e.getMessage());
        }
    }

    private static Optional<Charset> charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) return Optional.empty();
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Sources.Source failed(String origin, String message) {
        return new Sources.Source(origin, () -> {
            throw new ArticleReadException(message);
        });
    }

    private void close() {
        done = true;
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing more is read from it
        }
    }
}
