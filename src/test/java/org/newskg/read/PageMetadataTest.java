package org.newskg.read;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The site of a page: the article's own publisher before the host that syndicates it. */
class PageMetadataTest {
    private static final String HOST = "<meta property='og:site_name' content='Portal'>";

    @Test
    void aSyndicatedStoryIsPublishedByItsProviderNotByTheHost() {
        String html = "<html><head>" + HOST + "</head><body><header><h1>Widgets rise</h1>"
                + "<span itemprop='publisher' itemscope itemtype='http://schema.org/Organization'>"
                + "<a href='https://globex-news.example' itemprop='url'><img alt='Globex News' src='l.png'></a></span>"
                + "<span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
                + "<span itemprop='name'>Jane Roe</span></span></header><p>Text.</p></body></html>";
        PageMetadata m = PageMetadata.of(Jsoup.parse(html), Optional.empty());
        assertEquals(Optional.of("Globex News"), m.site());
    }

    @Test
    void aPublisherNameWinsOverItsLogo() {
        String html = "<html><head>" + HOST + "</head><body><div itemprop='publisher' itemscope "
                + "itemtype='https://schema.org/NewsMediaOrganization'><meta itemprop='name' content='Initech Daily'>"
                + "<img alt='Initech Daily logo' src='l.png'></div><p>Text.</p></body></html>";
        assertEquals(Optional.of("Initech Daily"), PageMetadata.of(Jsoup.parse(html), Optional.empty()).site());
    }

    @Test
    void withoutMicrodataTheSiteNameIsTheSite() {
        String html = "<html><head>" + HOST + "</head><body><span itemprop='publisher'>Not an item</span>"
                + "<p>Text.</p></body></html>";
        assertEquals(Optional.of("Portal"), PageMetadata.of(Jsoup.parse(html), Optional.empty()).site());
    }

    @Test
    void theCopyrightHoldingOrganizationIsTheLastResort() {
        String html = "<html><head></head><body><figure><span itemprop='copyrightHolder'>Jane Roe</span></figure>"
                + "<p>Text.</p><footer>© <span itemprop='copyrightHolder provider sourceOrganization' itemscope "
                + "itemtype='http://schema.org/Organization'><span itemprop='name'> Globex Media Company</span></span>"
                + "</footer></body></html>";
        assertEquals(Optional.of("Globex Media Company"), PageMetadata.of(Jsoup.parse(html), Optional.empty()).site());
    }

    @Test
    void aUtcTimeStampGivesWayToTheSameInstantInThePublishersOwnOffset() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Globex opens a plant\",\"datePublished\":\"2019-11-20T03:39:00Z\"}</script>";
        String local = "<meta property=\"article:published_time\" content=\"2019-11-19T21:39:00-0600\">";
        PageMetadata both = PageMetadata.of(Jsoup.parse("<html><head>" + ld + local + "</head><body></body></html>"), Optional.empty());
        assertEquals(Optional.of(java.time.LocalDate.of(2019, 11, 19)), both.date());
        // alone, or beside another instant, the UTC stamp's date is taken as written
        PageMetadata alone = PageMetadata.of(Jsoup.parse("<html><head>" + ld + "</head><body></body></html>"), Optional.empty());
        assertEquals(Optional.of(java.time.LocalDate.of(2019, 11, 20)), alone.date());
        String other = "<meta property=\"article:published_time\" content=\"2019-11-18T09:00:00-0600\">";
        PageMetadata apart = PageMetadata.of(Jsoup.parse("<html><head>" + ld + other + "</head><body></body></html>"), Optional.empty());
        assertEquals(Optional.of(java.time.LocalDate.of(2019, 11, 20)), apart.date());
    }
}
