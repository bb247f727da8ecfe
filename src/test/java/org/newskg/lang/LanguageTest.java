package org.newskg.lang;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The English pack holds the word lists; Java holds none of its own. */
class LanguageTest {
    private static final Path MAIN = Path.of("src/main/java/org/newskg");
    /** A set or list of two or more quoted words: a word list written into Java. */
    private static final Pattern WORD_SET = Pattern.compile(
            "(\\w+)\\s*=\\s*(?:Set|List)\\.of\\(\\s*\"\\p{L}[\\p{L}' -]+\"\\s*,\\s*\"\\p{L}");
    private static final Pattern INLINE_SET = Pattern.compile("(?<!=\\s)(?:Set|List)\\.of\\(\\s*\"\\p{L}[\\p{L}' -]+\"\\s*,\\s*\"\\p{L}");
    /** A string literal in which three words of three letters or more are alternatives of a regular expression. */
    private static final Pattern WORD_ALTERNATION = Pattern.compile("\"[^\"\\n]*\\b\\p{Ll}{3,}\\|(?:\\p{Ll}+ )*\\p{Ll}{3,}\\|(?:\\p{Ll}+ )*\\p{Ll}{3,}\\b");
    /** The stages that read the words of articles; the reader's markup words and the linker's Wikidata words are not a pack's. */
    private static final List<String> TEXT_STAGES = List.of("text", "mention", "resolve", "extract");
    private static final Pattern WORDS = Pattern.compile("words\\(\"([\\w/-]+)\"\\)");
    private static final Pattern TAGGED = Pattern.compile("tagged\\(\"([\\w/-]+)\", \"([\\w-]+)\"\\)");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noWordListIsWrittenIntoJava() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : sources()) {
            String text = Files.readString(f);
            Matcher m = WORD_SET.matcher(text);
            // HTML element names are the markup's vocabulary and regex group names the code's, not a language's
            while (m.find()) {
                if (!m.group(1).endsWith("TAGS") && !m.group(1).endsWith("GROUPS")) found.add(f + ": " + m.group(1));
            }
            Matcher inline = INLINE_SET.matcher(text);
            while (inline.find()) found.add(f + ": " + inline.group());
        }
        assertEquals(List.of(), found);
    }

    /** A comparison with one English word written in Java: {@code .equals("word")}, {@code startsWith}, {@code case "word"}. */
    private static final Pattern WORD_COMPARISON = Pattern.compile(
            "\\.(?:equals|startsWith|endsWith|equalsIgnoreCase)\\(\"[A-Za-z][A-Za-z'’ -]+\"\\)|case \"[A-Za-z][A-Za-z'’ -]+\"");

    /**
     * The words the text stages still compare in Java only go down: each file holds at most the count that
     * {@code lang/english-words-in-java.tsv} gives it (none when it is not listed).
     */
    @Test
    void theTextStagesCompareNoMoreEnglishWordsInJavaThanBefore() throws IOException {
        java.util.Map<String, Integer> allowed = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/lang/english-words-in-java.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            allowed.put(cells[0], Integer.parseInt(cells[1]));
        }
        List<String> over = new ArrayList<>();
        int total = 0;
        for (Path f : sources()) {
            if (!TEXT_STAGES.contains(f.getParent().getFileName().toString())) continue;
            Matcher m = WORD_COMPARISON.matcher(Files.readString(f));
            List<String> words = new ArrayList<>();
            while (m.find()) words.add(m.group());
            total += words.size();
            String name = MAIN.relativize(f).toString();
            if (words.size() > allowed.getOrDefault(name, 0)) over.add(name + ": " + words.size() + " " + words);
        }
        assertEquals(List.of(), over, "English words compared in Java: move them into lang/en/");
        assertTrue(total > 0 && total <= allowed.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void noWordAlternationIsWrittenIntoTheJavaOfTheTextStages() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : sources()) {
            if (!TEXT_STAGES.contains(f.getParent().getFileName().toString()) && !f.endsWith("TextArticleReader.java")) continue;
            Matcher m = WORD_ALTERNATION.matcher(Files.readString(f));
            while (m.find()) found.add(f + ": " + m.group());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void aPatternFileExpandsReferencesAndEveryPatternTheCodeReadsCompiles() throws IOException {
        Pattern use = Pattern.compile("pattern\\(\"([\\w/-]+)\", \"([\\w-]+)\"\\)");
        int patterns = 0;
        for (Path f : sources()) {
            Matcher m = use.matcher(Files.readString(f));
            while (m.find()) {
                assertFalse(Language.english().pattern(m.group(1), m.group(2)).pattern().contains("{@"), m.group());
                patterns++;
            }
        }
        assertTrue(patterns >= 30, "patterns read: " + patterns);
        // "May 5, 2024" through the month and year fragments the expression refers to
        assertTrue(Language.english().pattern("time/patterns", "expression").matcher("on May 5, 2024").find());
        assertTrue(Language.english().regex("time/patterns", "expression").contains(Language.english().regex("time/patterns", "month")));
    }

    @Test
    void everyListTheCodeReadsIsInThePack() throws IOException {
        int lists = 0;
        for (Path f : sources()) {
            Matcher m = WORDS.matcher(Files.readString(f));
            while (m.find()) {
                assertFalse(Language.english().words(m.group(1)).isEmpty(), m.group(1) + " is empty");
                lists++;
            }
        }
        int tagged = 0;
        for (Path f : sources()) {
            Matcher m = TAGGED.matcher(Files.readString(f));
            while (m.find()) {
                assertFalse(Language.english().tagged(m.group(1), m.group(2)).isEmpty(), m.group() + " is empty");
                tagged++;
            }
        }
        assertTrue(lists >= 25 && tagged >= 7, "lists read: " + lists + ", tagged lists: " + tagged);
    }

    @Test
    void aPackIsFoundByItsLanguageTagAndOnlyWhenItExists() {
        assertEquals("en", Language.forCode("en-GB").orElseThrow().code());
        assertEquals("en", Language.forCode("EN").orElseThrow().code());
        assertTrue(Language.forCode("de").isEmpty());
        assertTrue(Language.forCode("und").isEmpty());
        assertTrue(Language.english().words("mention/honorifics").contains("Dr"), "case is kept");
        assertTrue(Language.english().tagged("lexicon/org-suffixes", "legal-form").contains("Inc"));
        assertFalse(Language.english().tagged("lexicon/org-suffixes", "legal-form").contains("Labs"), "only the tagged");
    }
}
