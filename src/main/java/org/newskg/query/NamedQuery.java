package org.newskg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.newskg.error.QueryException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The bundled queries; each constant names {@code queries/<kebab-name>.rq}, parsed once when first used. */
public enum NamedQuery {
    PEOPLE, ORGANIZATIONS, PRODUCTS, DEALS, TIMELINE, FIGURES, ENTITY_PROFILE, DEALS_BY_COMPANY, ARTICLE_CONTRIBUTIONS,
    ARTICLES, LINK_ENTITIES, LINK_CONTEXT, ENTITY_SEARCH, ENTITY_CARD, ENTITY_FACTS, ENTITY_NEIGHBOURS, WIKIDATA_FACTS, MENTIONS, MERGES,
    MERGES_INTO, DEAL_HISTORY, CONFLICTS, ENTITY_TIMELINE, ARTICLE_DIGESTS;

    private static final Map<NamedQuery, Query> PARSED = new ConcurrentHashMap<>();

    /** The file name: {@code deals-by-company.rq} for {@code DEALS_BY_COMPANY}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".rq";
    }

    /** The query name users type: {@code deals-by-company}. */
    public String queryName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose query name is {@code name}, if any. */
    public static Optional<NamedQuery> of(String name) {
        for (NamedQuery q : values()) {
            if (q.queryName().equals(name)) return Optional.of(q);
        }
        return Optional.empty();
    }

    /** The bundled SPARQL text. */
    public String text() {
        String path = "/queries/" + fileName();
        try (InputStream in = NamedQuery.class.getResourceAsStream(path)) {
            if (in == null) throw new QueryException("query file " + path + " is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The SPARQL text with its file name, for a runner. */
    public QueryRunner.Sparql sparql() {
        return new QueryRunner.Sparql(text(), fileName());
    }

    /** The parsed query (a copy callers may change). */
    public Query query() {
        return PARSED.computeIfAbsent(this, q -> parse(q.text(), q.fileName())).cloneQuery();
    }

    /** Parses SPARQL, naming {@code source} in the error. */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new QueryException(source + ": SPARQL syntax error: " + e.getMessage().replace('\n', ' '), e);
        }
    }
}
