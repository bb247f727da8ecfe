package org.newskg.link;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.TestData;
import org.newskg.model.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Disambiguation against real Wikidata entities: the part of {@code shared/wikidata/entities.jsonl} that holds every
 * item the tests' names can meet ({@code src/test/resources/wikidata/entities-test.jsonl}).
 */
class WikidataLinkerTest {
    private static LocalWikidataIndex table;

    @BeforeAll
    static void load() {
        table = LocalWikidataIndex.load(TestData.wikidataTable());
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
    void theWholeSharedTableLoadsEveryItem() {
        LocalWikidataIndex whole = LocalWikidataIndex.load(TestData.requireShared("wikidata/entities.jsonl"));
        assertTrue(whole.size() > 85_000, "items: " + whole.size());
        assertTrue(table.size() > 500, "items in the test table: " + table.size());
    }

    private static WikidataItem item(String id, String label, List<String> aliases, String typeLabel, String description) {
        return new WikidataItem(id, label, aliases, List.of(), description, List.of("Q0"), List.of(typeLabel), Map.of());
    }

    @Test
    void anOrganizationPrefersTheCompanyOverTheServiceOfTheSameName() {
        // the service carries the name as its label, the company only as an alias: an organization is the company
        LocalWikidataIndex index = LocalWikidataIndex.of(List.of(
                item("Q101", "Globex", List.of(), "social networking service", "online social networking service"),
                item("Q102", "Globex Platforms", List.of("Globex"), "business", "American technology company")));
        LinkRequest r = request("Globex", EntityType.ORGANIZATION);
        assertEquals(List.of("Q102"), new WikidataLinker(index).link(List.of(r)).links().stream().map(Link::qid).toList());
    }

    @Test
    void aTechnologyCompanyBeatsARecordLabelOfTheSameName() {
        LocalWikidataIndex index = LocalWikidataIndex.of(List.of(
                item("Q201", "Initech", List.of(), "record label", "British record label"),
                item("Q202", "Initech Inc.", List.of(), "public company", "American multinational technology company")));
        LinkRequest r = request("Initech", EntityType.ORGANIZATION);
        assertEquals(List.of("Q202"), new WikidataLinker(index).link(List.of(r)).links().stream().map(Link::qid).toList());
    }

    @Test
    void aPersonIsNeverLinkedAsAnOrganization() {
        assertEquals(Optional.of("Q55800"), qid(request("Oprah Winfrey", EntityType.PERSON)));
        assertEquals(Optional.empty(), qid(request("Oprah Winfrey", EntityType.ORGANIZATION)));
    }

    @Test
    void aLabelWithoutItsLegalFormMatches() {
        assertEquals(Optional.of("Q76754241"), qid(request("Mercedes-Benz", EntityType.ORGANIZATION)));
    }

    @Test
    void twoCompaniesWithTheSameLabelGoToTheOlderItem() {
        // the Swedish parent (Q157675) and its German subsidiary (Q1649778) are both labelled "Vattenfall"
        assertEquals(Optional.of("Q157675"), qid(request("Vattenfall", EntityType.ORGANIZATION)));
    }

    @Test
    void namesThatAreAlsoCommonWordsOrAbsentStayUnlinked() {
        for (String name : List.of("Harmony", "Momentum", "Union", "Liberty", "Globex Initech")) {
            assertEquals(Optional.empty(), qid(request(name, EntityType.ORGANIZATION)), name);
        }
        assertEquals(Optional.empty(), qid(request("Robot", EntityType.PRODUCT)), "a robot is a kind of thing");
    }

    @Test
    void namesKeepPeriodsThatAreNotAbbreviations() {
        assertEquals(NameKey.of("J.P. Globex Inc."), NameKey.of("JP Globex Inc"));
        assertTrue(!NameKey.of("IN.tech").equals(NameKey.of("Intech")), "a domain name is not the word without its dot");
    }

    @Test
    void peopleNeedAFullNameAndAHuman() {
        LinkRequest arnold = request("Arnold Schwarzenegger", EntityType.PERSON, "Globex Films");
        assertEquals(Optional.of("Q2685"), qid(arnold));
        EntityLinker.LinkResult one = new WikidataLinker(table).link(List.of(request("Schwarzenegger", EntityType.PERSON)));
        assertEquals(0, one.attempted(), "a one-word person name is not looked up");
        assertEquals(Optional.empty(), qid(request("Arnold Schwarzenegger", EntityType.ORGANIZATION)));
    }

    @Test
    void aLinkRecordsItsScoreMethodAndMatchedName() {
        Link l = new WikidataLinker(table).link(List.of(request("Unilever", EntityType.ORGANIZATION))).links().get(0);
        assertEquals("Unilever", l.label());
        assertEquals("Unilever", l.matchedName());
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

    private static WikidataItem known(String id, String label, List<String> brands, String kind, int sitelinks, String description) {
        return new WikidataItem(id, label, List.of(), brands, description, List.of(), List.of(), Map.of(), sitelinks, kind, List.of());
    }

    private static Optional<String> linkIn(List<WikidataItem> items, LinkRequest r) {
        return new WikidataLinker(LocalWikidataIndex.of(items)).link(List.of(r)).links().stream().map(Link::qid).findFirst();
    }

    @Test
    void aSourcesCoarseKindTypesAnItemThatHasNoOtherType() {
        WikidataItem chat = known("Q201", "Initech Chat", List.of(), "product", 30, "");
        assertEquals(1.0, WikidataTypes.standard().compatibility(chat).get(EntityType.PRODUCT));
        assertEquals(Optional.of("Q201"), linkIn(List.of(chat), request("Initech Chat", EntityType.PRODUCT)));
        assertTrue(WikidataTypes.standard().compatibility(known("Q202", "Initech", List.of(), "", 30, "")).isEmpty(),
                "no P31, no description and no kind: nothing newskg links to");
    }

    @Test
    void theBetterKnownOfTwoEqualCandidatesWinsByItsSitelinks() {
        List<WikidataItem> items = List.of(known("Q301", "Globex", List.of(), "organization", 20, ""),
                known("Q302", "Globex", List.of(), "organization", 150, ""));
        assertEquals(Optional.of("Q302"), linkIn(items, request("Globex", EntityType.ORGANIZATION)));
        List<WikidataItem> close = List.of(known("Q301", "Globex", List.of(), "organization", 40, ""),
                known("Q302", "Globex", List.of(), "organization", 60, ""));
        assertEquals(Optional.empty(), linkIn(close, request("Globex", EntityType.ORGANIZATION)),
                "a one-word name with no context and no clearly dominant candidate stays unlinked");
    }

    @Test
    void aNameLinksOnlyWhenItEqualsALabelOrAliasNeverByAPartOfIt() {
        // the supermarket chain is "Acme Markets"; its brand name "Acme" is no alias, and "Acme Corp" is no "Acme Markets"
        WikidataItem chain = known("Q401", "Acme Markets", List.of("Acme"), "organization", -1, "American supermarket chain");
        assertEquals(Optional.empty(), linkIn(List.of(chain), request("Acme Corp", EntityType.ORGANIZATION)));
        assertEquals(Optional.empty(), linkIn(List.of(chain), request("Acme", EntityType.ORGANIZATION)),
                "a one-word name met only as a brand name, with nothing in context");
        assertEquals(Optional.empty(), linkIn(List.of(chain), request("Acme Markets Foundation", EntityType.ORGANIZATION)));
        assertEquals(Optional.of("Q401"), linkIn(List.of(chain), request("Acme Markets", EntityType.ORGANIZATION)));
        assertEquals(Optional.of("Q401"), linkIn(List.of(chain), request("Acme Markets Inc.", EntityType.ORGANIZATION)),
                "a legal form is dropped");
        assertEquals(Optional.of("Q401"), linkIn(List.of(chain), request("Acme Markets's", EntityType.ORGANIZATION)),
                "and so is a possessive");
    }

    @Test
    void aOneWordNameMetOnlyOnceALegalFormIsDroppedNeedsAWellKnownItem() {
        WikidataItem obscure = known("Q501", "Umbrella", List.of(), "organization", -1, "");
        assertEquals(Optional.empty(), linkIn(List.of(obscure), request("Umbrella Corp", EntityType.ORGANIZATION)));
        WikidataItem famous = known("Q502", "Umbrella", List.of(), "organization", 80, "");
        assertEquals(Optional.of("Q502"), linkIn(List.of(famous), request("Umbrella Corp", EntityType.ORGANIZATION)));
    }

    @Test
    void explainGivesEveryCandidateItsScoreAndTheReason() {
        WikidataLinker linker = new WikidataLinker(table);
        LinkDecision d = linker.explain(request("Unilever", EntityType.ORGANIZATION), Map.of());
        assertTrue(d.winner().isPresent(), d.reason());
        assertEquals(d.candidates().get(0), d.winner().get());
        assertTrue(d.candidates().get(0).parts().stream().anyMatch(p -> p.startsWith("name ")), d.candidates().toString());
        LinkDecision none = linker.explain(request("Acme Corp", EntityType.ORGANIZATION), Map.of());
        assertTrue(none.winner().isEmpty(), none.reason());
        assertFalse(none.reason().isBlank());
    }
}
