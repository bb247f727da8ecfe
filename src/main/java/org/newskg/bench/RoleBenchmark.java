package org.newskg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newskg.NewsKg;
import org.newskg.error.ArticleReadException;
import org.newskg.lang.Language;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Extraction;
import org.newskg.model.Role;
import org.newskg.read.ArticleInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Role extraction measured on sentences no rule was written for: KnowledgeNet's facts (Wikipedia abstracts, each
 * passage with the facts that hold in it) of the relations CEO (an organization and its chief executive) and
 * EMPLOYEE_OR_MEMBER_OF (a person and an organization they work for or belong to). Each passage is extracted alone,
 * as an article; a gold pair is found when a role ties a person and an organization whose names match its two
 * names (the same words, or one name's words at the end of the other's: "Roe" and "Jane Roe"). Pairs whose person
 * is a pronoun ("he", "who") or whose names are not capitalized are left out, since one passage cannot say who
 * "he" is and newskg finds only names. Precision is against the annotated pairs
 * only: KnowledgeNet does not list every true role of a passage, so it is a lower bound.
 */
public final class RoleBenchmark {
    /** KnowledgeNet's names of the two relations measured. */
    private static final String CEO = "CEO", EMPLOYEE = "EMPLOYEE_OR_MEMBER_OF";
    private static final Set<String> PRONOUNS = Language.english().words("lexicon/pronouns");
    private final NewsKg kg;

    public RoleBenchmark(NewsKg kg) {
        this.kg = kg;
    }

    /**
     * Counts of one relation, or of all: gold pairs, those whose two names were both recognized with their kinds
     * (the most any role reading can find), those found; roles extracted and those that are gold.
     */
    public record Score(int gold, int recognized, int found, int predicted, int correct) {
        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        Score plus(Score o) {
            return new Score(gold + o.gold, recognized + o.recognized, found + o.found, predicted + o.predicted, correct + o.correct);
        }
    }

    /** A passage and its gold (person, organization) pairs by relation. */
    record Passage(String text, Map<String, Set<List<String>>> pairs) {
    }

    /**
     * The passages of a KnowledgeNet facts file, in the folds asked for, that hold at least one CEO or
     * EMPLOYEE_OR_MEMBER_OF pair.
     */
    static List<Passage> passages(Path file, Set<Integer> folds) {
        JsonNode all;
        try {
            all = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ArticleReadException(file + ": cannot read KnowledgeNet facts: " + e.getMessage());
        }
        Map<String, Passage> out = new LinkedHashMap<>();
        for (JsonNode f : all) {
            String prop = f.path("prop").asText();
            if (!prop.equals(CEO) && !prop.equals(EMPLOYEE) || !folds.contains(f.path("fold").asInt())) continue;
            // CEO: the organization is the subject; EMPLOYEE_OR_MEMBER_OF: the person is
            String person = f.path(prop.equals(CEO) ? "obj" : "subj").path(2).asText();
            String org = f.path(prop.equals(CEO) ? "subj" : "obj").path(2).asText();
            if (person.isBlank() || org.isBlank() || PRONOUNS.contains(person.toLowerCase(Locale.ROOT))
                    || !Character.isUpperCase(person.codePointAt(0)) || !Character.isUpperCase(org.codePointAt(0))) continue;
            String text = f.path("text").asText();
            String key = f.path("doc").asText() + "/" + f.path("passageStart").asText();
            out.computeIfAbsent(key, k -> new Passage(text, new TreeMap<>()))
                    .pairs().computeIfAbsent(prop, p -> new LinkedHashSet<>()).add(List.of(person, org));
        }
        return List.copyOf(out.values());
    }

    /**
     * Extracts every passage of the folds and scores its roles, per relation and over both ("all").
     *
     * @param misses hears of each gold pair not found, with its passage
     */
    public Map<String, Score> run(Path file, Set<Integer> folds, java.util.function.BiConsumer<List<String>, String> misses) {
        Map<String, Score> out = new TreeMap<>();
        for (Passage p : passages(file, folds)) {
            Extraction x;
            try {
                x = kg.process(new ArticleInput(p.text().getBytes(StandardCharsets.UTF_8), "passage.txt", Optional.empty()));
            } catch (RuntimeException e) {
                x = null;
            }
            List<List<String>> roles = new ArrayList<>();
            List<String> people = new ArrayList<>(), orgs = new ArrayList<>();
            if (x != null) {
                for (Entity e : x.entities()) {
                    if (e.type() == EntityType.PERSON) people.add(e.name());
                    if (e.type() == EntityType.ORGANIZATION) orgs.add(e.name());
                }
                Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name, (a, b) -> a));
                for (Role r : x.roles()) roles.add(List.of(names.getOrDefault(r.person(), ""), names.getOrDefault(r.organization(), "")));
            }
            Set<List<String>> everyGold = p.pairs().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            int correct = (int) roles.stream().filter(r -> everyGold.stream().anyMatch(g -> same(r, g))).count();
            java.util.function.Predicate<List<String>> recognized = g -> people.stream().anyMatch(n -> names(n, g.get(0)))
                    && orgs.stream().anyMatch(n -> names(n, g.get(1)));
            out.merge("all", new Score(everyGold.size(), (int) everyGold.stream().filter(recognized).count(), (int) everyGold.stream().filter(g -> roles.stream().anyMatch(r -> same(r, g))).count(),
                    roles.size(), correct), Score::plus);
            everyGold.stream().filter(g -> roles.stream().noneMatch(r -> same(r, g))).forEach(g -> misses.accept(g, p.text()));
            for (Map.Entry<String, Set<List<String>>> e : p.pairs().entrySet()) {
                int found = (int) e.getValue().stream().filter(g -> roles.stream().anyMatch(r -> same(r, g))).count();
                out.merge(e.getKey(), new Score(e.getValue().size(), (int) e.getValue().stream().filter(recognized).count(), found, 0, 0), Score::plus);
            }
        }
        return out;
    }

    private static boolean same(List<String> role, List<String> gold) {
        return names(role.get(0), gold.get(0)) && names(role.get(1), gold.get(1));
    }

    /** The same words, or the words of one at the end of the other's ("Roe", "Jane Roe"; "Globex", "the Globex"). */
    static boolean names(String a, String b) {
        Function<String, List<String>> words = s -> List.of(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+"));
        List<String> x = words.apply(a), y = words.apply(b);
        if (x.get(0).isEmpty() || y.get(0).isEmpty()) return false;
        List<String> shorter = x.size() <= y.size() ? x : y, longer = x.size() <= y.size() ? y : x;
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)
                || longer.subList(0, shorter.size()).equals(shorter);
    }
}
