package org.newskg.link;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.TestData;
import org.newskg.model.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Disambiguation against the real table of Wikidata entities in {@code shared/wikidata/entities.jsonl}. */
class WikidataLinkerTest {
    private static LocalWikidataIndex table;

    @BeforeAll
    static void load() {
        table = LocalWikidataIndex.load(TestData.shared().resolve("wikidata/entities.jsonl"));
    }

    private static LinkRequest request(String name, EntityType type, String... neighbours) {
        List<LinkRequest.Neighbour> around = java.util.Arrays.stream(neighbours)
                .map(n -> new LinkRequest.Neighbour("https://newskg.org/id/x/" + n.replace(' ', '-'), n,
                        LinkRequest.Relation.SAME_ARTICLE)).toList();
        return new LinkRequest("https://newskg.org/id/" + type.name().toLowerCase() + "/" + name.replace(' ', '-'),
                type, name, List.of(), around);
    }

    private static Optional<String> qid(LinkRequest r) {
        return new WikidataLinker(table).link(List.of(r)).links().stream().map(Link::qid).findFirst();
    }

    @Test
    void tableLoadsEveryItem() {
        assertTrue(table.size() > 85_000, "items: " + table.size());
    }

    @Test
    void anOrganizationPrefersTheCompanyOverTheServiceOfTheSameName() {
        // "Facebook" is the label of the social network and an alias of the company; an organization is the company.
        assertEquals(Optional.of("Q380"), qid(request("Facebook", EntityType.ORGANIZATION)));
    }

    @Test
    void aCompanyIsNeverLinkedToAPersonOfTheSameName() {
        assertEquals(Optional.of("Q44294"), qid(request("Ford", EntityType.ORGANIZATION)));
        assertEquals(Optional.empty(), qid(request("Gerald Ford", EntityType.ORGANIZATION)));
    }

    @Test
    void aLabelWithoutItsLegalFormMatchesAndTheTechnologyCompanyBeatsTheRecordLabel() {
        assertEquals(Optional.of("Q312"), qid(request("Apple", EntityType.ORGANIZATION, "Nintendo")));
        assertEquals(Optional.of("Q312"), qid(request("Apple Inc", EntityType.ORGANIZATION)));
    }

    @Test
    void twoCompaniesWithTheSameLabelGoToTheOlderItem() {
        assertEquals(Optional.of("Q467752"), qid(request("Verizon", EntityType.ORGANIZATION)));
    }

    @Test
    void namesThatAreAlsoCommonWordsOrAbsentStayUnlinked() {
        for (String name : List.of("Notion", "Cognition", "Union", "Air Force", "Windsurf", "Anthropic")) {
            assertEquals(Optional.empty(), qid(request(name, EntityType.ORGANIZATION)), name);
        }
        assertEquals(Optional.empty(), qid(request("Android", EntityType.PRODUCT)), "only a fictional robot is called android");
        assertEquals(Optional.empty(), qid(request("Ascom", EntityType.ORGANIZATION)), "AS.com, a newspaper's site, is another name");
    }

    @Test
    void peopleNeedAFullNameAndAHuman() {
        LinkRequest jobs = request("Steve Jobs", EntityType.PERSON, "Apple");
        assertEquals(Optional.of("Q19837"), qid(jobs));
        EntityLinker.LinkResult one = new WikidataLinker(table).link(List.of(request("Jobs", EntityType.PERSON)));
        assertEquals(0, one.attempted(), "a one-word person name is not looked up");
        assertEquals(Optional.empty(), qid(request("Steve Jobs", EntityType.ORGANIZATION)));
    }

    @Test
    void aLinkRecordsItsScoreMethodAndMatchedName() {
        Link l = new WikidataLinker(table).link(List.of(request("Facebook", EntityType.ORGANIZATION))).links().get(0);
        assertEquals("Meta Platforms", l.label());
        assertEquals("Facebook", l.matchedName());
        assertTrue(l.method().startsWith("table:"), l.method());
        assertTrue(l.score() >= WikidataLinker.THRESHOLD && l.score() <= 1, "score " + l.score());
    }

    @Test
    void typesComeFromHeadNounsOfTypeLabelsThenOfTheDescription() {
        WikidataTypes types = WikidataTypes.standard();
        WikidataItem studio = new WikidataItem("Q1", "Globex", List.of(), List.of(), "", List.of("Q9"),
                List.of("video game publisher"), Map.of());
        assertEquals(1.0, types.compatibility(studio).get(EntityType.ORGANIZATION));
        WikidataItem app = new WikidataItem("Q2", "Initech Chat", List.of(), List.of(),
                "instant messaging app developed by Initech", List.of(), List.of(), Map.of());
        assertEquals(1.0, types.compatibility(app).get(EntityType.PRODUCT));
        WikidataItem concept = new WikidataItem("Q3", "fictional android", List.of("android"), List.of(),
                "type of human-like robot which only exists in fiction", List.of(), List.of(), Map.of());
        assertTrue(types.compatibility(concept).isEmpty());
        WikidataItem human = new WikidataItem("Q4", "Maria Okafor", List.of(), List.of(), "", List.of("Q5"),
                List.of(), Map.of());
        assertEquals(1.0, types.compatibility(human).get(EntityType.PERSON), "Q5 is read through type-classes.tsv");
    }
}
