package org.newskg.corpus;

import org.newskg.error.InvalidArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user's word on merges across articles, read from a file: lines {@code force<TAB>NAME<TAB>NAME} (an entity
 * named the first joins the stored entity named the second) and {@code forbid<TAB>NAME<TAB>NAME} (the two never
 * join, whatever the evidence); {@code #} starts a comment. Names are compared as resolution compares them
 * (case, punctuation and legal forms aside). A rebuild with the file honours it.
 */
public final class MergeRules {
    private final Map<String, String> force;
    private final Set<List<String>> forbid;

    private MergeRules(Map<String, String> force, Set<List<String>> forbid) {
        this.force = force;
        this.forbid = forbid;
    }

    /** No rules. */
    public static MergeRules none() {
        return new MergeRules(Map.of(), Set.of());
    }

    /**
     * Reads a rules file.
     *
     * @throws InvalidArgumentException when it cannot be read or a line is not a rule
     */
    public static MergeRules read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidArgumentException(file + ": cannot read the merge rules: " + e.getMessage(), e);
        }
        Map<String, String> force = new HashMap<>();
        Set<List<String>> forbid = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            String[] cells = line.split("\t");
            if (cells.length != 3 || !(cells[0].equals("force") || cells[0].equals("forbid"))) {
                throw new InvalidArgumentException(file + ":" + (i + 1) + ": expected force|forbid TAB NAME TAB NAME, not: " + line);
            }
            String a = CorpusKeys.key(cells[1]);
            String b = CorpusKeys.key(cells[2]);
            if (cells[0].equals("force")) {
                force.put(a, cells[2].strip());
            } else {
                forbid.add(List.of(a, b));
                forbid.add(List.of(b, a));
            }
        }
        return new MergeRules(Map.copyOf(force), Set.copyOf(forbid));
    }

    /** The name of the stored entity one of these names must join, if a rule says so. */
    Optional<String> forced(String type, List<String> names) {
        for (String n : names) {
            String to = force.get(CorpusKeys.key(n));
            if (to != null) return Optional.of(to);
        }
        return Optional.empty();
    }

    /** Whether a rule forbids joining an entity with these names to one with those. */
    boolean forbidden(String type, java.util.Collection<String> names, java.util.Collection<String> others) {
        if (forbid.isEmpty()) return false;
        List<String> a = new ArrayList<>();
        names.forEach(n -> a.add(CorpusKeys.key(n)));
        for (String o : others) {
            String b = CorpusKeys.key(o);
            for (String k : a) if (forbid.contains(List.of(k, b))) return true;
        }
        return false;
    }
}
