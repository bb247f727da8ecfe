/**
 * Queries: the bundled SPARQL files of {@code queries/} ({@link org.newskg.query.NamedQuery}) and a runner that
 * evaluates them over the union of all article graphs and formats the results.
 */
package org.newskg.query;
