package org.newskg.read;

import org.newskg.lang.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata of a news page: title, authors, publication date, canonical URL, site name and language, read from
 * JSON-LD, meta tags, {@code <time>} elements, a visible dateline and the URL path, in that order of trust.
 *
 * @param title     the headline
 * @param authors   author names
 * @param published publication date-time as found, ISO 8601 where the page gives one
 * @param date      local publication date
 * @param url       canonical URL
 * @param site      site name
 * @param language  declared language
 * @param article   the page's schema.org article in JSON-LD, when it has one (its body is a reader's last resort)
 */
record PageMetadata(Optional<String> title, List<String> authors, Optional<String> published, Optional<LocalDate> date,
                    Optional<String> url, Optional<String> site, Optional<String> language, Optional<JsonNode> article) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern VISIBLE_DATE = Language.english().pattern("read/patterns", "visible-date");
    private static final String[] DATE_METAS = {"article:published_time", "article:published", "og:published_time",
            "datePublished", "pdate", "publish-date", "publish_date", "pubdate", "date", "dc.date", "dc.date.issued",
            "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "ptime",
            "displaydate", "release_date", "og:article:published_time"};

    static PageMetadata of(Document doc, Optional<String> inputUrl) {
        List<JsonNode> ld = jsonLd(doc);
        Optional<JsonNode> article = JsonLdArticle.of(doc);
        // the title and date as Firefox's Reader View reads them: the JSON-LD article, then meta tags, then <title>
        Optional<String> title = firstText(article.flatMap(a -> JsonLdArticle.title(a, clean(doc.title()))),
                meta(doc, "dc:title"), meta(doc, "dc.title"), meta(doc, "dcterm:title"), meta(doc, "og:title"),
                meta(doc, "weibo:article:title"), meta(doc, "weibo:webpage:title"), meta(doc, "title"),
                meta(doc, "twitter:title"), meta(doc, "parsely-title"), ArticleTitle.of(doc));
        Optional<String> url = firstText(meta(doc, "og:url"), attr(doc, "link[rel=canonical]", "href"), inputUrl);
        // a syndicated story names its own publisher in the article's microdata; the host site comes after it
        Optional<String> site = firstText(microdataOrganization(doc, "publisher"), meta(doc, "og:site_name"),
                meta(doc, "application-name"), ldPublisher(ld),
                microdataOrganization(doc, "provider|sourceOrganization|copyrightHolder"));
        Optional<String> lang = firstText(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"),
                meta(doc, "content-language"));
        List<Optional<String>> dates = List.of(
                article.map(a -> a.path("datePublished").asText("")).filter(d -> localDate(d).isPresent()),
                meta(doc, "article:published_time").filter(d -> localDate(d).isPresent()),
                meta(doc, "parsely-pub-date").filter(d -> localDate(d).isPresent()),
                ldText(ld, "datePublished"), metaDate(doc),
                attr(doc, "[itemprop=datePublished]", "content"), attr(doc, "[itemprop=datePublished]", "datetime"),
                attr(doc, "time[datetime][pubdate]", "datetime"), attr(doc, "article time[datetime]", "datetime"),
                attr(doc, "time[datetime]", "datetime"));
        Optional<String> published = localOffset(firstText(dates.toArray(Optional[]::new)), dates);
        Optional<LocalDate> date = published.flatMap(PageMetadata::localDate);
        if (date.isEmpty()) {
            date = url.flatMap(PageMetadata::urlDate).or(() -> visibleDate(doc));
            published = date.map(LocalDate::toString);
        }
        return new PageMetadata(title.map(PageMetadata::clean), authors(doc, ld), published, date, url,
                site.map(PageMetadata::clean), lang, article);
    }

    /**
     * A time stamp in UTC ("2019-11-20T03:39:00Z") names the publisher's day only by chance: when another of the
     * page's dates is the same instant with the publisher's own offset ("2019-11-19T21:39:00-06:00"), that one
     * is taken, and its date part is the local date.
     */
    static Optional<String> localOffset(Optional<String> chosen, List<Optional<String>> candidates) {
        if (chosen.isEmpty()) return chosen;
        Optional<java.time.OffsetDateTime> utc = instant(chosen.get()).filter(t -> t.getOffset().getTotalSeconds() == 0);
        if (utc.isEmpty()) return chosen;
        for (Optional<String> c : candidates) {
            Optional<java.time.OffsetDateTime> t = c.flatMap(PageMetadata::instant);
            if (t.isPresent() && t.get().getOffset().getTotalSeconds() != 0
                    && Math.abs(java.time.Duration.between(t.get(), utc.get()).toMinutes()) <= 1) return c;
        }
        return chosen;
    }

    private static Optional<java.time.OffsetDateTime> instant(String raw) {
        String r = raw.strip().replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            return Optional.of(java.time.OffsetDateTime.parse(r));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date part as written: "2017-01-18T23:00:00-0800" is 2017-01-18, the publisher's local date. */
    static Optional<LocalDate> localDate(String raw) {
        Matcher m = ISO_DATE.matcher(raw.strip());
        if (m.lookingAt()) {
            return safeDate(m.group(1), m.group(2), m.group(3));
        }
        Matcher v = VISIBLE_DATE.matcher(raw);
        if (v.find()) {
            return visible(v);
        }
        try {
            return Optional.of(java.time.ZonedDateTime.parse(raw.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? safeDate(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** A "Month D, YYYY" date in an element whose class or id speaks of a date, near the top of the page. */
    private static Optional<LocalDate> visibleDate(Document doc) {
        for (Element e : doc.select("[class*=date], [id*=date], [class*=time], [class*=byline], [class*=meta]")) {
            String t = e.ownText().length() > 200 ? "" : e.text();
            if (t.length() > 200) {
                continue;
            }
            Matcher v = VISIBLE_DATE.matcher(t);
            if (v.find()) {
                Optional<LocalDate> d = visible(v);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> visible(Matcher v) {
        String mon = v.group(1).substring(0, 3).toLowerCase(Locale.ROOT);
        int month = Language.english().list("time/month-abbreviations").indexOf(mon) + 1;
        return safeDate(v.group(3), String.valueOf(month), v.group(2));
    }

    private static Optional<LocalDate> safeDate(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.getYear() >= 1900 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> metaDate(Document doc) {
        for (String name : DATE_METAS) {
            Optional<String> v = meta(doc, name);
            if (v.isPresent() && localDate(v.get()).isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static List<String> authors(Document doc, List<JsonNode> ld) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : ld) {
            JsonNode a = n.get("author");
            if (a == null) continue;
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                String name = x.isTextual() ? x.asText() : x.path("name").asText("");
                if (!name.isBlank() && !name.startsWith("http")) out.add(clean(name));
            }
        }
        if (out.isEmpty()) {
            meta(doc, "author").filter(a -> !a.startsWith("http")).ifPresent(a -> out.add(clean(a)));
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author, [class*=byline]")) {
                String t = clean(e.text()).replaceFirst("^(?i)by\\s+", "");
                if (t.length() > 2 && t.length() < 60 && t.matches("\\p{Lu}[\\p{L}.'’ -]+")) {
                    out.add(t);
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out, 0);
            } catch (java.io.IOException | RuntimeException e) {
                // A broken JSON-LD block is common on real pages; the other sources of metadata still apply.
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) {
            n.forEach(x -> collect(x, out, depth + 1));
        } else if (n.isObject()) {
            if (n.has("datePublished") || n.has("headline")) out.add(n);
            collect(n.get("@graph"), out, depth + 1);
        }
    }

    /**
     * The name of the first schema.org Organization in microdata that is the value of one of {@code properties}
     * (alternatives separated by |): its {@code name} property, else its text or its logo's alternative text.
     */
    static Optional<String> microdataOrganization(Document doc, String properties) {
        for (Element e : doc.select("[itemprop~=(?i)(^|\\s)(" + properties + ")(\\s|$)][itemscope]")) {
            if (!e.attr("itemtype").toLowerCase(java.util.Locale.ROOT).contains("organization")) continue;
            Element name = e.selectFirst("[itemprop=name]");
            if (name != null) {
                String n = name.hasAttr("content") ? name.attr("content") : name.text();
                if (!n.isBlank() && n.length() <= 80) return Optional.of(n.strip());
            }
            String text = e.text().strip();
            if (!text.isBlank() && text.length() <= 80) return Optional.of(text);
            Element logo = e.selectFirst("img[alt]");
            if (logo != null && !logo.attr("alt").isBlank() && logo.attr("alt").length() <= 80) {
                return Optional.of(logo.attr("alt").replaceFirst("(?i)\\s+logo$", "").strip());
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> ldText(List<JsonNode> ld, String field) {
        return ld.stream().map(n -> n.path(field).asText("")).filter(s -> !s.isBlank()).findFirst();
    }

    private static Optional<String> ldPublisher(List<JsonNode> ld) {
        return ld.stream().map(n -> n.path("publisher").path("name").asText("")).filter(s -> !s.isBlank()).findFirst();
    }

    static Optional<String> meta(Document doc, String name) {
        for (Element e : doc.select("meta[content]")) {
            for (String a : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                if (e.attr(a).equalsIgnoreCase(name) && !e.attr("content").isBlank()) {
                    return Optional.of(e.attr("content").strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? Optional.empty() : Optional.of(e.attr(attr).strip());
    }

    @SafeVarargs
    private static Optional<String> firstText(Optional<String>... options) {
        for (Optional<String> o : options) {
            if (o.isPresent() && !o.get().isBlank()) return o;
        }
        return Optional.empty();
    }

    static String clean(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
