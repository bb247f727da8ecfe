package org.newskg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.TDB2;
import org.newskg.error.InvalidArgumentException;
import org.newskg.error.QueryException;
import org.newskg.store.GraphStore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs SELECT queries over the union of all article graphs of a store.
 *
 * <pre>
 * String csv = new QueryRunner(store).run(NamedQuery.PEOPLE.query(), Map.of(), ResultFormat.CSV);
 * </pre>
 */
public final class QueryRunner {
    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
    private final GraphStore store;

    public QueryRunner(GraphStore store) {
        this.store = store;
    }

    /**
     * @param query  a SELECT query
     * @param params values for the query's variables, bound as literals or IRIs by Jena, never by joining strings
     * @return the formatted results
     * @throws QueryException when the query is not a SELECT query or fails
     */
    public String run(Query query, Map<String, String> params, ResultFormat format) {
        return runParsed(query, params, format);
    }

    /**
     * SPARQL text and where it came from (a file name), for error messages.
     *
     * @param text   the query
     * @param source file or query name
     */
    public record Sparql(String text, String source) {
    }

    /** Parses and runs SPARQL text; a syntax error names its source. */
    public String run(Sparql sparql, Map<String, String> params, ResultFormat format) {
        return runParsed(NamedQuery.parse(sparql.text(), sparql.source()), params, format);
    }

    private String runParsed(Query query, Map<String, String> params, ResultFormat format) {
        if (!query.isSelectType()) throw new QueryException("only SELECT queries can be printed as a table");
        Query q = bind(query, params);
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecutionFactory.create(q, ds)) {
                qe.getContext().set(TDB2.symUnionDefaultGraph, true);
                ResultSetRewindable rs = ResultSetFactory.makeRewindable(qe.execSelect());
                return format(rs, format);
            } catch (RuntimeException e) {
                throw new QueryException("query failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Runs a SELECT query and returns its rows, each a map from variable name to the value's lexical form (an
     * IRI's text for IRIs); unbound variables are absent from the row.
     *
     * @throws QueryException when the query is not a SELECT query or fails
     */
    public List<Map<String, String>> rows(Query query) {
        return rows(query, Map.of());
    }

    /** {@link #rows(Query)} with the query's parameters bound as {@link #run(Query, Map, ResultFormat)} binds them. */
    public List<Map<String, String>> rows(Query query, Map<String, String> params) {
        if (!query.isSelectType()) throw new QueryException("only SELECT queries give rows");
        Query bound = bind(query, params);
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecutionFactory.create(bound, ds)) {
                qe.getContext().set(TDB2.symUnionDefaultGraph, true);
                List<Map<String, String>> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        RDFNode n = s.get(v);
                        if (n != null) row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
                return rows;
            } catch (RuntimeException e) {
                throw new QueryException("query failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The query with its parameters bound: a value that starts with http:// or https:// is an IRI and must be a
     * well-formed one; anything else is a string literal.
     *
     * @throws InvalidArgumentException for a name that is no variable of the query, or a malformed IRI
     */
    private static Query bind(Query query, Map<String, String> params) {
        if (params.isEmpty()) return query;
        String text = query.toString();
        java.util.Set<String> variables = new java.util.TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) variables.add(m.group(1));
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        params.forEach((k, v) -> {
            if (!variables.contains(k)) {
                throw new InvalidArgumentException("the query has no parameter '" + k + "'; its variables are "
                        + String.join(", ", variables));
            }
            if (v.startsWith("http://") || v.startsWith("https://")) {
                if (!IRI.matcher(v).matches()) {
                    throw new InvalidArgumentException("-p " + k + ": '" + v + "' is not a well-formed IRI");
                }
                pss.setIri(k, v);
            } else {
                pss.setLiteral(k, v);
            }
        });
        try {
            return pss.asQuery();
        } catch (RuntimeException e) {
            throw new InvalidArgumentException("the parameters cannot be bound safely: " + e.getMessage(), e);
        }
    }

    private static String format(ResultSet rs, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case TABLE -> ResultSetFormatter.out(out, rs);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
