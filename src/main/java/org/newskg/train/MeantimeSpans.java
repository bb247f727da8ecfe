package org.newskg.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.namefind.NameSample;
import org.newskg.error.NewsKgException;
import org.newskg.model.AnnotatedText;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.BlockKind;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.text.TextAnalyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gold names of a folder of MEANTIME articles ({@code corpora/meantime-dev/*.json}: text and entities with
 * character offsets) as name samples of the span typer's classes, one per sentence as newskg splits and tokenizes
 * it. Only names written with a capital are kept (the typer types names, not "the company"; pronouns left out), only
 * those whose offsets fall on token boundaries of one sentence, and of nested ones the innermost. Used to check the typer, never to train it.
 */
public final class MeantimeSpans {
    private static final Map<String, String> TYPES = Map.of("PER", "person", "ORG", "organization", "PRO", "product", "LOC", "place");

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("I", "He", "She", "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our");

    private MeantimeSpans() {
    }

    public static List<NameSample> read(Path folder) {
        List<NameSample> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        TextAnalyzer analyzer = new TextAnalyzer();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = json.readTree(f.toFile());
                out.addAll(samples(doc, analyzer));
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<NameSample> samples(JsonNode doc, TextAnalyzer analyzer) {
        String text = doc.path("text").asText();
        List<Block> blocks = new ArrayList<>();
        int from = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) blocks.add(new Block(new Span(from, from + line.length()), blocks.isEmpty() ? BlockKind.TITLE : BlockKind.PARAGRAPH));
            from += line.length() + 1;
        }
        Article a = new Article(text, blocks, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("en"));
        AnnotatedText at = analyzer.analyze(a);
        List<NameSample> out = new ArrayList<>();
        for (int s = 0; s < at.sentences().size(); s++) {
            List<Token> toks = at.tokens(s);
            if (toks.isEmpty()) continue;
            List<opennlp.tools.util.Span> names = new ArrayList<>();
            for (JsonNode e : doc.path("entities")) {
                String type = TYPES.get(e.path("type").asText());
                String surface = e.path("text").asText();
                if (type == null || surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) continue;
                if (PRONOUNS.contains(surface)) continue;
                int b = e.path("start").asInt(), end = e.path("end").asInt();
                int i = -1, j = -1;
                for (int k = 0; k < toks.size(); k++) {
                    if (toks.get(k).span().begin() == b) i = k;
                    if (toks.get(k).span().end() == end) j = k + 1;
                }
                if (i >= 0 && j > i) names.add(new opennlp.tools.util.Span(i, j, type));
            }
            // MEANTIME's mentions hold their descriptions ("Globex CEO Jane Roe" holds "Globex" and "Jane Roe"): a
            // mention that holds another is left out, and the innermost names are typed
            List<opennlp.tools.util.Span> kept = new ArrayList<>();
            names.stream().sorted(java.util.Comparator.comparingInt(opennlp.tools.util.Span::length))
                    .filter(n -> kept.stream().noneMatch(k -> k.intersects(n))).forEach(kept::add);
            kept.sort(java.util.Comparator.comparingInt(opennlp.tools.util.Span::getStart));
            out.add(new NameSample(toks.stream().map(Token::text).toArray(String[]::new),
                    kept.toArray(opennlp.tools.util.Span[]::new), false));
        }
        return out;
    }
}
