package org.newskg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newskg.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No rule, list, comment or test names a person, organization or product of an evaluation article: the names of the
 * gold tables of the dev cases and of MEANTIME's gold are looked for in the Java sources (main and test, as whole
 * words) and in the entries of the language pack's lists (as whole entries). The pack's general lexicons
 * ({@code lexicon/}: countries and cities, given names, titles, company suffixes, common words) are the language's
 * and are not searched; a gold name that is one of their entries ("China" as a government) is not looked for.
 */
class EvaluationNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GOLD_TABLES = List.of("people", "people_optional", "organizations",
            "organizations_optional", "products", "products_optional");
    private static final Set<String> MEANTIME_TYPES = Set.of("PER", "PERSON", "ORG", "ORGANIZATION", "PRO", "PRODUCT");

    private static Set<String> evaluationNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> cases = Files.list(TestData.requireShared("eval/dev"))) {
            for (Path gold : cases.map(c -> c.resolve("gold.json")).filter(Files::exists).toList()) {
                JsonNode g = JSON.readTree(gold.toFile());
                for (String table : GOLD_TABLES) {
                    for (JsonNode e : g.path(table)) {
                        names.add(e.isTextual() ? e.asText() : e.path("name").asText());
                        e.path("aliases").forEach(a -> names.add(a.asText()));
                    }
                }
            }
        }
        try (Stream<Path> docs = Files.list(TestData.requireShared("corpora/meantime-dev"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (JsonNode e : JSON.readTree(doc.toFile()).path("entities")) {
                    if (MEANTIME_TYPES.contains(e.path("type").asText())) names.add(e.path("text").asText());
                }
            }
        }
        // one- to three-letter names ("AI", "HP") are words of the language as often as names; a name that is an
        // entry of a general lexicon (a country, a given name, a pronoun, a company suffix) is the language's
        Set<String> general = generalLexicon();
        names.removeIf(n -> n.strip().length() < 4 || !Character.isUpperCase(n.strip().charAt(0))
                || general.contains(n.strip().toLowerCase(java.util.Locale.ROOT))
                || n.strip().matches("(?:\\p{Lu}\\.)+") // "U.S.": initials
                || n.strip().matches("\\p{Lu}\\p{Ll}*(?: \\p{Ll}+)+")); // "The company": a description, not a name
        return names;
    }

    private static final Path LEXICON = Path.of("src/main/resources/org/newskg/lang/en/lexicon");

    /** Every entry of the pack's general lexicons ({@code lexicon/}), lower-cased. */
    private static Set<String> generalLexicon() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.list(LEXICON)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String entry = line.replaceFirst("#.*", "").split("\t", 2)[0].strip();
                    if (!entry.isEmpty()) out.add(entry.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }

    @Test
    void noSourceOrListNamesAnEntityOfAnEvaluationArticle() throws IOException {
        Set<String> names = evaluationNames();
        assertTrue(names.size() > 300, "gold names read: " + names.size());
        List<Pattern> words = names.stream().map(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])")).toList();
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : sources) {
            String text = Files.readString(f);
            for (Pattern w : words) if (w.matcher(text).find()) found.add(f + ": " + w.pattern());
        }
        List<Path> lists;
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/org/newskg/lang"))) {
            lists = s.filter(p -> p.toString().endsWith(".txt") && !p.startsWith(LEXICON)).sorted().toList();
        }
        for (Path f : lists) {
            for (String line : Files.readAllLines(f)) {
                String entry = line.replaceFirst("#.*", "").split("\t", 2)[0].strip();
                if (names.contains(entry)) found.add(f + ": " + entry);
            }
        }
        // the other text the project ships: tables, patterns, READMEs and comments of resources, queries, the ontology
        // (as whole words); the bundled example article is an evaluation article, and the data files are Wikidata's
        List<Path> texts;
        try (Stream<Path> s = Stream.of("src/main/resources", "queries", "ontology").flatMap(EvaluationNamesTest::walk)) {
            texts = s.filter(p -> p.toString().matches(".*\\.(tsv|regex|README|rq|ttl|html|js|css)$")
                            || p.toString().endsWith(".txt") && !p.startsWith("src/main/resources/org/newskg/lang"))
                    .filter(p -> !p.startsWith(LEXICON) && !p.startsWith("src/main/resources/examples")).sorted().toList();
        }
        assertTrue(texts.size() > 20, "text files read: " + texts);
        for (Path f : texts) {
            String text = Files.readString(f);
            for (Pattern w : words) if (w.matcher(text).find()) found.add(f + ": " + w.pattern());
        }
        assertEquals(List.of(), found);
    }

    private static Stream<Path> walk(String root) {
        try {
            return Files.walk(Path.of(root));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
