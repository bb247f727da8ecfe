/**
 * Stage {@code serve}: takes a TDB2 store that {@code newskg build} wrote and serves it over HTTP with embedded
 * Fuseki, configured from the bundled {@code fuseki/config.ttl}: the SPARQL query and read-only Graph Store
 * endpoints, the Fuseki UI with read-only administration, and newskg's own pages under {@code /app/}.
 */
package org.newskg.serve;
