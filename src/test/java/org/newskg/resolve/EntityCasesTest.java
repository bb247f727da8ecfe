package org.newskg.resolve;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.model.Entity;
import org.newskg.read.ArticleInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The entity engine on short invented passages ({@code src/test/resources/entities/cases.tsv}): each line names
 * the entities the whole pipeline must find, with their type, the names it must not produce and the roles it must
 * find.
 */
class EntityCasesTest {
    private static final NewsKg KG = NewsKg.builder()
            .config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();

    @TestFactory
    List<DynamicTest> passages() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = EntityCasesTest.class.getResourceAsStream("/entities/cases.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int line = 0;
            for (String row : all.split("\n")) {
                line++;
                if (row.isBlank() || row.startsWith("#")) continue;
                String[] cols = row.split("\t");
                String text = cols[0].replace("\\n", "\n");
                String expected = cols[1];
                tests.add(DynamicTest.dynamicTest("line " + line + ": " + expected, () -> check(text, expected)));
            }
        }
        assertTrue(tests.size() >= 20, "the case file was read");
        return tests;
    }

    private static void check(String text, String expected) {
        var x = KG.process(new ArticleInput(text.getBytes(StandardCharsets.UTF_8), "case.txt", Optional.empty()));
        List<Entity> entities = x.entities();
        java.util.Map<String, String> names = entities.stream().collect(Collectors.toMap(Entity::key, Entity::name));
        List<String> roles = x.roles().stream().map(r -> "ROLE:" + names.get(r.person()) + "/" + r.title() + "/"
                + names.get(r.organization()) + (r.former() ? "/former" : "")).toList();
        String found = entities.stream().map(e -> e.type() + ":" + e.name()).collect(Collectors.joining("; "))
                + "; " + String.join("; ", roles);
        for (String item : expected.split(";")) {
            if (item.startsWith("ROLE:")) {
                assertTrue(roles.contains(item), item + " expected in: " + found);
            } else if (item.startsWith("!")) {
                String name = item.substring(1);
                assertTrue(entities.stream().noneMatch(e -> e.name().equals(name)),
                        "no entity named " + name + " in: " + found);
            } else {
                assertTrue(entities.stream().anyMatch(e -> (e.type() + ":" + e.name()).equals(item)),
                        item + " expected in: " + found);
            }
        }
    }
}
