package org.newskg.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolution across articles on an invented story told in four articles, each built on its own into one store (so
 * every article is resolved against what the store already holds): a deal announced under a company's full name and
 * completed under its acronym, its chief executive named in full and then by surname, a revenue figure told twice
 * with different values, and two other people called Okafor in unrelated articles.
 */
class CorpusResolutionTest {
    private static final Path STORIES = Path.of("src/test/resources/corpus");
    @TempDir
    static Path tmp;
    private static Path store;

    private static String query(String... args) {
        List<String> a = new java.util.ArrayList<>(List.of("query", "--store", store.toString(), "--format", "csv"));
        a.addAll(List.of(args));
        CliRunner.Result r = CliRunner.run(a.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @BeforeAll
    static void build() {
        store = tmp.resolve("kg");
        String[][] articles = {{"1-deal-announced.txt", "2026-01-12"}, {"2-other-okafor.txt", "2026-02-03"},
                {"3-deal-completed.txt", "2026-03-20"}, {"4-unrelated-okafor.txt", "2026-03-25"}};
        for (String[] a : articles) {
            CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), "--no-link", "--published", a[1],
                    STORIES.resolve(a[0]).toString());
            assertEquals(0, r.code(), r.err());
        }
    }

    @Test
    void anAcronymAndASurnameInALaterArticleJoinTheFullNames() {
        String merges = query("merges");
        assertTrue(merges.contains("Globex Data Systems,GDS,\"acronym:"), merges);
        assertTrue(merges.contains("Maria Okafor,Okafor,\"surname and full name:"), merges);
        assertEquals(3, merges.strip().lines().count(), "two joins and the header: " + merges);
        String people = query("people");
        assertTrue(people.contains("Maria Okafor,chief executive,Globex Data Systems,false"), people);
    }

    @Test
    void twoOtherPeopleWithTheSameSurnameStayApart() {
        String people = query("people");
        // the Okafor of an unrelated company shares no context with either full name; David Okafor is another person
        assertTrue(people.contains("Okafor,chairwoman,Vandelay Industries,false"), people);
        assertTrue(people.lines().anyMatch(l -> l.startsWith("David Okafor,")), people);
        assertFalse(people.contains("Maria Okafor,chairwoman"), people);
        assertFalse(people.contains("David Okafor,chairwoman"), people);
    }

    @Test
    void theDealIsOneDealWithItsHistoryAndItsLatestStatus() {
        String deals = query("deals");
        assertEquals(List.of("type,initiator,target,amount,currency,status,date",
                "acquisition,Globex Data Systems,Initech,200000000.0,USD,completed,2026-03-20"), deals.strip().lines().toList());
        List<String> history = query("deal-history").strip().lines().toList();
        assertEquals(3, history.size(), String.join("\n", history));
        assertTrue(history.get(1).startsWith("acquisition,Globex Data Systems,Initech,announced,2026-01-12,2026-01-12,"), history.get(1));
        assertTrue(history.get(2).startsWith("acquisition,Globex Data Systems,Initech,completed,2026-03-20,2026-03-20,"), history.get(2));
        assertEquals(history, query("-p", "companyName=initech", "deal-history").strip().lines().toList());
    }

    @Test
    void anEventToldByTwoArticlesIsOneEventWithTwoSources() {
        List<String> lab = query("timeline").lines().filter(l -> l.contains("research lab in Lisbon")).toList();
        assertEquals(1, lab.size(), "one row for the opening both articles tell: " + lab);
        assertTrue(lab.get(0).startsWith("2026-01-09,"), lab.get(0));
        List<String> sources = query("-p", "entityName=Globex Data Systems", "entity-timeline").lines()
                .filter(l -> l.startsWith("2026-01-09,event,")).toList();
        assertEquals(2, sources.size(), "the event is in both articles: " + sources);
    }

    @Test
    void aFigureToldTwiceWithDifferentValuesIsAConflict() {
        List<String> conflicts = query("conflicts").strip().lines().toList();
        assertEquals(List.of("kind,about,period,one,other,article1,article2",
                "figure,Globex Data Systems revenue,2025,1200000000.0 USD,1500000000.0 USD,Globex Data Systems agrees to buy Initech,"
                        + "GDS completes its purchase of Initech"), conflicts);
    }

    @Test
    void mentionsGiveEveryNameItsOffsetsAndTheIriItDenotes() throws IOException {
        List<String> rows = query("mentions").strip().lines().toList();
        assertEquals("headline,begin,end,entity", rows.get(0));
        String text = Files.readString(STORIES.resolve("3-deal-completed.txt"));
        long gds = rows.stream().filter(r -> r.startsWith("GDS completes its purchase of Initech,"))
                .filter(r -> r.endsWith("/organization/globex-data-systems")).count();
        assertEquals(5, gds, "every GDS of the article denotes the stored company: " + rows);
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",");
            if (!c[0].equals("GDS completes its purchase of Initech")) continue;
            String surface = text.substring(Integer.parseInt(c[1]), Integer.parseInt(c[2]));
            assertTrue(c[3].endsWith("/organization/globex-data-systems") == surface.equals("GDS"), r + " is " + surface);
        }
    }

    @Test
    void aForbiddingRuleKeepsTheAcronymApartOnARebuild(@TempDir Path other) throws IOException {
        Path rules = Files.writeString(other.resolve("rules.tsv"), "# not the same company\nforbid\tGDS\tGlobex Data Systems\n");
        Path kg = other.resolve("kg");
        for (String f : List.of("1-deal-announced.txt", "3-deal-completed.txt")) {
            assertEquals(0, CliRunner.run("build", "--store", kg.toString(), "--no-link", "--published", "2026-03-20",
                    "--merge-rules", rules.toString(), STORIES.resolve(f).toString()).code());
        }
        String merges = CliRunner.run("query", "--store", kg.toString(), "--format", "csv", "merges").out();
        assertFalse(merges.contains("acronym"), merges);
        assertTrue(merges.contains("Maria Okafor,Okafor,"), "the other join is made: " + merges);
        Path bad = Files.writeString(other.resolve("bad.tsv"), "merge\tGDS\n");
        CliRunner.Result r = CliRunner.run("build", "--store", kg.toString(), "--no-link", "--merge-rules", bad.toString(),
                STORIES.resolve("1-deal-announced.txt").toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("bad.tsv:1: expected force|forbid TAB NAME TAB NAME"), r.err());
    }

    @Test
    void acronymsSkipFunctionWordsAndMayLeaveOutTheBodyNoun() {
        assertEquals(List.of("gds"), CorpusKeys.acronyms("Globex Data Systems Inc."));
        assertEquals(List.of("fadsc", "fads"), CorpusKeys.acronyms("Freedonia Aeronautic Defence and Space Company"));
        assertEquals(java.util.Optional.of("fafc"), CorpusKeys.asAcronym("F.A.F.C."));
        assertEquals(java.util.Optional.empty(), CorpusKeys.asAcronym("Globex"));
    }
}
