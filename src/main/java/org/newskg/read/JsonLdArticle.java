package org.newskg.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schema.org article a page describes in JSON-LD: the first object, at the top of a script or in its
 * {@code @graph}, whose {@code @type} is an article type (Article, NewsArticle, BlogPosting, …). Other objects (a
 * video, the publisher, a breadcrumb list) say nothing about the article's own title and date.
 */
final class JsonLdArticle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPES = Pattern.compile("Article|AdvertiserContentArticle|NewsArticle|"
            + "AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|"
            + "ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|"
            + "BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference");
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");

    private JsonLdArticle() {
    }

    static Optional<JsonNode> of(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String text = s.data().replaceAll("^\\s*<!\\[CDATA\\[|]]>\\s*$", "");
            JsonNode root;
            try {
                root = JSON.readTree(text);
            } catch (IOException | RuntimeException e) {
                continue; // a broken block is common; the meta tags still apply
            }
            if (root == null) continue;
            Optional<JsonNode> found = article(root);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> article(JsonNode root) {
        if (root.isArray()) {
            for (JsonNode n : root) {
                if (isArticle(n) && schemaOrg(n.has("@context") ? n : root)) return Optional.of(n);
            }
            return Optional.empty();
        }
        if (!root.isObject() || !schemaOrg(root)) return Optional.empty();
        if (isArticle(root)) return Optional.of(root);
        for (JsonNode n : root.path("@graph")) {
            if (isArticle(n)) return Optional.of(n);
        }
        return Optional.empty();
    }

    private static boolean schemaOrg(JsonNode n) {
        JsonNode c = n.path("@context");
        if (c.isMissingNode()) return true;
        String ctx = c.isTextual() ? c.asText() : c.path("@vocab").asText("");
        return SCHEMA_ORG.matcher(ctx).find();
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode t = n.path("@type");
        if (t.isTextual()) return ARTICLE_TYPES.matcher(t.asText()).matches();
        for (JsonNode x : t) if (x.isTextual() && ARTICLE_TYPES.matcher(x.asText()).matches()) return true;
        return false;
    }

    /** The title: name and headline usually agree; where they differ, the one closer to the page's title. */
    static Optional<String> title(JsonNode a, String pageTitle) {
        String name = a.path("name").isTextual() ? a.path("name").asText().strip() : "";
        String headline = a.path("headline").isTextual() ? a.path("headline").asText().strip() : "";
        if (!name.isEmpty() && !headline.isEmpty() && !name.equals(headline)) {
            boolean nameMatches = similarity(name, pageTitle) > 0.75;
            boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
            return Optional.of(headlineMatches && !nameMatches ? headline : name);
        }
        if (!name.isEmpty()) return Optional.of(name);
        return headline.isEmpty() ? Optional.empty() : Optional.of(headline);
    }

    /** Share of {@code b}'s words (by length) that {@code a} also has, as 1 minus the unshared share. */
    private static double similarity(String a, String b) {
        java.util.Set<String> ta = java.util.Set.of(a.toLowerCase().split("\\W+"));
        String[] tb = b.toLowerCase().split("\\W+");
        int all = 0, unshared = 0;
        for (String w : tb) {
            if (w.isEmpty()) continue;
            all += w.length() + 1;
            if (!ta.contains(w)) unshared += w.length() + 1;
        }
        return all == 0 ? 0 : 1 - (double) unshared / all;
    }
}
