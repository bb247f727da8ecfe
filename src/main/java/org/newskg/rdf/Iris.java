package org.newskg.rdf;

import org.newskg.model.Article;
import org.newskg.model.Span;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Mints IRIs from content, so that the same article, entity or fact always gets the same IRI: entities from
 * their type and normalized name, articles from their URL (or their text when there is none), facts from their
 * parts.
 */
public final class Iris {
    /** Namespace of entities and facts. */
    public static final String ID = "https://newskg.org/id/";
    /** Namespace of articles; an article's IRI also names its graph. */
    public static final String ARTICLE = "https://newskg.org/article/";

    private Iris() {
    }

    /** The IRI of the entity with this key ({@code type/slug}). */
    public static String entity(String key) {
        return ID + key;
    }

    /** The IRI of an article and of its named graph. */
    public static String article(Article a) {
        return ARTICLE + hash(a.url().orElse(a.text())).substring(0, 20);
    }

    /** A NIF-style IRI for a stretch of the article: {@code <article>#char=b,e}. */
    public static String span(String articleIri, Span s) {
        return articleIri + "#char=" + s.begin() + "," + s.end();
    }

    /** The IRI of a mention: {@code <article>#mention=b,e}. */
    public static String mention(String articleIri, Span s) {
        return articleIri + "#mention=" + s.begin() + "," + s.end();
    }

    /** The IRI of a fact of some kind ("role", "deal", "figure") minted from its parts. */
    public static String fact(String kind, String... parts) {
        return ID + kind + "/" + hash(String.join("\u0000", parts)).substring(0, 20);
    }

    /** The IRI of a role: a person's title at an organization, current or former (keys as {@link #entity}). */
    public static String role(String person, String title, String organization, boolean former) {
        return fact("role", person, title.toLowerCase(java.util.Locale.ROOT), organization, Boolean.toString(former));
    }

    /** The IRI of a deal: its kind ({@code ACQUISITION}, …), initiator (empty when none) and target keys. */
    public static String deal(String kind, String initiator, String target) {
        return fact("deal", kind, initiator, target);
    }

    /** The IRI of a figure: subject key, measure, value, unit and date (empty when undated). */
    public static String figure(String subject, String measure, java.math.BigDecimal value, String unit, String date) {
        return fact("figure", subject, measure, value.stripTrailingZeros().toPlainString(), unit, date);
    }

    /** The IRI of an article's event. */
    public static String event(String articleIri, String... parts) {
        return articleIri + "#event-" + hash(String.join("\u0000", parts)).substring(0, 16);
    }

    static String hash(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of the bytes, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
