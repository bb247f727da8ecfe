package org.newskg.lang;

import org.newskg.error.NewsKgException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A language pack: the word lists the rules of every stage read, from the class-path folder
 * {@code org/newskg/lang/<code>/}. A list {@code NAME} is the file {@code NAME.txt} there: one entry a line, exactly
 * as written (case kept), {@code #} starting a comment. A second language is a second folder; code asks
 * {@link #forCode(String)} whether newskg has a pack for a text instead of comparing language tags.
 *
 * <pre>
 * Set&lt;String&gt; honorifics = Language.english().words("mention/honorifics");
 * </pre>
 */
public final class Language {
    private static final Map<String, Optional<Language>> PACKS = new ConcurrentHashMap<>();
    private static final Language ENGLISH = forCode("en").orElseThrow(
            () -> new NewsKgException("the English language pack org/newskg/lang/en/ is missing from the class path"));

    private final String code;
    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sets = new ConcurrentHashMap<>();
    private final Map<String, List<List<String>>> tables = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> grammars = new ConcurrentHashMap<>();
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private Language(String code) {
        this.code = code;
    }

    /** The English pack, bundled with newskg. */
    public static Language english() {
        return ENGLISH;
    }

    /**
     * The pack for a language tag ("en", "en-GB": the primary subtag decides); empty when newskg has none for it.
     */
    public static Optional<Language> forCode(String tag) {
        Objects.requireNonNull(tag, "tag");
        String primary = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return PACKS.computeIfAbsent(primary, c -> Language.class.getResource("/org/newskg/lang/" + c + "/PACK") == null
                ? Optional.empty() : Optional.of(new Language(c)));
    }

    /** The pack's language code, e.g. "en". */
    public String code() {
        return code;
    }

    /** The class-path folder of the pack, ending in a slash. */
    public String folder() {
        return "/org/newskg/lang/" + code + "/";
    }

    /**
     * The word list {@code name} ("mention/honorifics"), exactly as written, in file order.
     *
     * @throws NewsKgException when the pack has no such list (a packaging error)
     */
    public Set<String> words(String name) {
        return sets.computeIfAbsent(name, n -> Set.copyOf(list(n)));
    }

    /**
     * The entries of the list {@code name} that carry {@code tag} in its tag column: a narrower list kept inside the
     * broader one it is part of ("Inc" in {@code lexicon/org-suffixes} is tagged {@code legal-form}), exactly as
     * written. A line is an entry, a tab, and tags separated by spaces; {@code #} starts a comment.
     *
     * @throws NewsKgException when the pack has no such list or no entry has the tag (a packaging error)
     */
    public Set<String> tagged(String name, String tag) {
        return sets.computeIfAbsent(name + "#" + tag, k -> {
            Set<String> out = new LinkedHashSet<>();
            for (String line : lines(name)) {
                String[] cols = line.split("\t", 2);
                if (cols.length == 2 && List.of(cols[1].trim().split("\\s+")).contains(tag)) out.add(cols[0].strip());
            }
            if (out.isEmpty()) throw new NewsKgException(folder() + name + ".txt: no entry is tagged " + tag);
            return Set.copyOf(out);
        });
    }

    /**
     * The lines of the word list {@code NAME.txt} with comments ({@code #} to the end of the line) cut off and blank
     * lines skipped, columns kept, in file order.
     *
     * @throws NewsKgException when the pack has no such list (a packaging error)
     */
    public List<String> lines(String name) {
        return read(name + ".txt", true);
    }

    /**
     * A binary file of the pack (a statistical model), opened for reading.
     *
     * @throws NewsKgException when the pack has no such file (a packaging error)
     */
    public InputStream open(String file) {
        InputStream in = Language.class.getResourceAsStream(folder() + file);
        if (in == null) throw new NewsKgException(folder() + file + " is missing from the class path");
        return in;
    }

    /** The lines of a file of the pack, blank lines and comments left out: anywhere in a line, or only whole lines. */
    private List<String> read(String file, boolean inlineComments) {
        String path = folder() + file;
        List<String> out = new ArrayList<>();
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            if (in == null) throw new NewsKgException(path + " is missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = inlineComments ? line.indexOf('#') : line.startsWith("#") ? 0 : -1;
                String s = hash >= 0 ? line.substring(0, hash) : line;
                if (!s.isBlank()) out.add(s);
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The word list {@code name} in file order, for lists whose order means something (month names: January is
     * the first).
     *
     * @throws NewsKgException when the pack has no such list (a packaging error)
     */
    public List<String> list(String name) {
        return lists.computeIfAbsent(name, this::load);
    }

    /**
     * The table {@code name} ("extract/deal-triggers"): the rows of {@code NAME.tsv} in file order, each split at
     * tabs; lines that start with {@code #} and blank lines are skipped.
     *
     * @throws NewsKgException when the pack has no such table (a packaging error)
     */
    public List<List<String>> rows(String name) {
        return tables.computeIfAbsent(name, this::loadTable);
    }

    private List<List<String>> loadTable(String name) {
        return read(name + ".tsv", false).stream().map(line -> List.of(line.split("\t", -1))).toList();
    }

    private List<String> load(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(name)) out.add(line.strip());
        return List.copyOf(out);
    }

    /**
     * The regular expression {@code name} of the pattern file {@code FILE.regex} ("time/patterns"), with every
     * reference {@code {@other}} to another expression of the same file replaced by that expression. A file holds
     * the patterns of one stage whose words are the language's: a definition is {@code name = expression}, the
     * expression exactly as written after {@code " = "}; a line that starts with white space continues the
     * definition above it (that white space left out); lines that start with {@code #} are comments.
     *
     * @throws NewsKgException when the file or the definition is missing, or references go round in a circle
     */
    public String regex(String file, String name) {
        return expand(file, name, new ArrayList<>());
    }

    /** {@link #regex(String, String)}, compiled once. */
    public Pattern pattern(String file, String name) {
        return patterns.computeIfAbsent(file + "#" + name, k -> {
            try {
                return Pattern.compile(regex(file, name));
            } catch (PatternSyntaxException e) {
                throw new NewsKgException(folder() + file + ".regex: " + name + " is not a regular expression: "
                        + e.getDescription(), e);
            }
        });
    }

    private String expand(String file, String name, List<String> open) {
        if (open.contains(name)) throw new NewsKgException(folder() + file + ".regex: " + name + " refers to itself through " + open);
        String body = grammar(file).get(name);
        if (body == null) throw new NewsKgException(folder() + file + ".regex: no expression " + name);
        open.add(name);
        Matcher ref = REFERENCE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (ref.find()) ref.appendReplacement(out, Matcher.quoteReplacement(expand(file, ref.group(1), open)));
        ref.appendTail(out);
        open.remove(open.size() - 1);
        return out.toString();
    }

    private static final Pattern REFERENCE = Pattern.compile("\\{@([\\w-]+)}");

    private Map<String, String> grammar(String file) {
        return grammars.computeIfAbsent(file, f -> {
            Map<String, String> defs = new LinkedHashMap<>();
            String last = null;
            for (String line : read(f + ".regex", false)) {
                if (Character.isWhitespace(line.charAt(0))) {
                    if (last == null) throw new NewsKgException(folder() + f + ".regex: a continuation line before any definition");
                    defs.merge(last, line.stripLeading(), String::concat);
                    continue;
                }
                int eq = line.indexOf(" = ");
                if (eq <= 0) throw new NewsKgException(folder() + f + ".regex: not a definition 'name = expression': " + line);
                last = line.substring(0, eq).strip();
                if (defs.put(last, line.substring(eq + 3)) != null) {
                    throw new NewsKgException(folder() + f + ".regex: " + last + " is defined twice");
                }
            }
            return Map.copyOf(defs);
        });
    }

    @Override
    public String toString() {
        return "Language[" + code + "]";
    }
}
