package org.newskg.train;

import org.newskg.error.NewsKgException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every run of up to {@value #LONGEST} words written in the files of some folders (searched through), to keep the
 * names of evaluation articles out of made-up training sentences: {@link #absent()} accepts a name none of the files
 * writes, compared word by word, ignoring case and punctuation.
 */
public final class WrittenNames {
    static final int LONGEST = 6;
    private final Set<String> runs = new HashSet<>();

    public WrittenNames(List<Path> folders) {
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) add(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new NewsKgException("cannot read " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    private static String[] words(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    }

    private void add(String text) {
        String[] w = words(text);
        for (int i = 0; i < w.length; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < Math.min(w.length, i + LONGEST); k++) {
                if (w[k].isEmpty()) break;
                if (k > i) b.append(' ');
                b.append(w[k]);
                runs.add(b.toString());
            }
        }
    }

    /** Accepts a name that no file writes. */
    public Predicate<String> absent() {
        return name -> {
            String key = String.join(" ", Stream.of(words(name)).filter(x -> !x.isEmpty()).toList());
            return !key.isEmpty() && !runs.contains(key);
        };
    }
}
