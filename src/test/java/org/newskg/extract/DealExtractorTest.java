package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.model.Deal;
import org.newskg.model.DealKind;
import org.newskg.model.DealStatus;
import org.newskg.model.Extraction;
import org.newskg.read.ArticleInput;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deals read through the whole pipeline from short, invented news text. */
class DealExtractorTest {
    private static Extraction run(String text) {
        NewsKg kg = NewsKg.builder().config(NewsKgConfig.defaults().withPublished(LocalDate.of(2026, 3, 5))).build();
        return kg.process(new ArticleInput(text.getBytes(StandardCharsets.UTF_8), "test", Optional.empty()));
    }

    private static Deal deal(Extraction x, String initiator, String target) {
        return x.deals().stream().filter(d -> d.initiator().orElse("").endsWith("/" + initiator) && d.target().endsWith("/" + target))
                .findFirst().orElseThrow(() -> new AssertionError("no deal " + initiator + " -> " + target + " in " + x.deals()));
    }

    @Test
    void severalDealsInOneSentenceShareTheirBuyer() {
        Extraction x = run("Quartzline CEO Dana Reyes knows how to close deals.\n"
                + "She is the woman behind her company's $2 billion acquisition of Pellucid, its $500 million buyout of "
                + "Ferrowave and the $1 billion deal to buy Glimmer Labs.\n");
        assertEquals(BigDecimal.valueOf(2_000_000_000L), deal(x, "quartzline", "pellucid").price().orElseThrow().amount().stripTrailingZeros().setScale(0));
        assertEquals(DealKind.ACQUISITION, deal(x, "quartzline", "ferrowave").kind());
        assertTrue(x.deals().stream().noneMatch(d -> d.initiator().orElse("").endsWith("/pellucid")), x.deals().toString());
    }

    @Test
    void laterSentencesUpdateTheStatusOfTheDealLastNamed() {
        Extraction x = run("In March 2025, Halvorsen Group offered $3 billion to buy the startup Tidewell.\n"
                + "But the acquisition stalled over regulatory concerns.\n"
                + "By July, Halvorsen Group abandoned the deal.\n");
        Deal d = deal(x, "halvorsen-group", "tidewell");
        assertEquals(DealStatus.ABANDONED, d.status());
        assertEquals("2025-07", d.date().orElseThrow().lexical());
        assertEquals("USD", d.price().orElseThrow().currency());
        assertEquals(3, d.evidence().size());
    }

    @Test
    void rejectedOfferIsRejected() {
        Extraction x = run("Brisklane tried to buy Oarsman for $3 billion in 2013, but Oarsman rejected the offer.\n");
        Deal d = deal(x, "brisklane", "oarsman");
        assertEquals(DealStatus.REJECTED, d.status());
        assertEquals("2013", d.date().orElseThrow().lexical());
    }

    @Test
    void anOfferForACompanyIsAProposedAcquisitionAndAnOrderFromAMakerAPartnership() {
        Extraction x = run("Brisklane Corp. made a $2 billion offer for rival Oarsman Inc. on Monday.\n"
                + "Tidewell Airlines placed an order for 40 aircraft from Halvorsen Aerospace.\n");
        Deal offer = deal(x, "brisklane", "oarsman");
        assertEquals(DealKind.ACQUISITION, offer.kind());
        assertEquals(DealStatus.PROPOSED, offer.status());
        assertEquals(DealKind.PARTNERSHIP, deal(x, "tidewell-airlines", "halvorsen-aerospace").kind());
    }

    @Test
    void passiveAcquisitionHasTheBuyerAfterBy() {
        List<Deal> deals = run("Tidewell was acquired by Halvorsen Group last year.\n").deals();
        assertEquals(1, deals.size(), deals.toString());
        assertTrue(deals.get(0).initiator().orElseThrow().endsWith("/halvorsen-group"));
        assertEquals(DealStatus.COMPLETED, deals.get(0).status());
    }

    @Test
    void companiesHirePeople() {
        Extraction x = run("New York – Quartzline, a white label widget platform and exchange, is adding industry "
                + "veteran Dana Reyes as the company's first Chief Strategy Officer.\n"
                + "Earlier, Halvorsen Group named Tom Okafor chief executive in 2024.\n"
                + "Maria Ruiz will join Glimmer Labs as CTO in May.\n"
                + "Oarsman is a startup named after its founder, Jane Roe.\n");
        Deal a = deal(x, "quartzline", "dana-reyes");
        assertEquals(DealKind.HIRING, a.kind());
        assertEquals(DealStatus.COMPLETED, a.status());
        assertEquals("2026-03-05", a.date().orElseThrow().lexical(), "announced in the present: the article's date");
        assertEquals("2024", deal(x, "halvorsen-group", "tom-okafor").date().orElseThrow().lexical());
        assertEquals(DealStatus.ANNOUNCED, deal(x, "glimmer-labs", "maria-ruiz").status());
        assertEquals("2026-05", deal(x, "glimmer-labs", "maria-ruiz").date().orElseThrow().lexical(), "a future May");
        assertTrue(x.deals().stream().noneMatch(d -> d.target().endsWith("/jane-roe")), x.deals().toString());
    }

    @Test
    void conditionalBidsAndOnePartyAgreementsAreNoDeals() {
        Extraction x = run("Halvorsen Group agreed to buy Tidewell for $2 billion in May.\n"
                + "Finally, if another bidder still wants to acquire Tidewell, it has time.\n"
                + "The agreement with Halvorsen Group allows Tidewell to accept a superior offer by paying a fee.\n");
        assertEquals(1, x.deals().size(), x.deals().toString());
        assertEquals(DealKind.ACQUISITION, deal(x, "halvorsen-group", "tidewell").kind());
    }

    @Test
    void aTargetFromAnEarlierSentenceWithOnlyAPersonAfterTheTriggerIsNoCrash() {
        Extraction x = run("Globex Corp makes widgets in Ohio.\nInitech will acquire the company, Jane Roe said.\n");
        assertEquals(DealKind.ACQUISITION, deal(x, "initech", "globex").kind());
    }
}
