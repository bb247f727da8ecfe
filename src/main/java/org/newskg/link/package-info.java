/**
 * Stage {@code link}: takes the people, organizations and products of a store and gives back links to Wikidata
 * items ({@link org.newskg.link.Link}), written as {@code owl:sameAs} with their score and method.
 * {@link org.newskg.link.WikidataLookup} finds candidates, either in a local table or dump
 * ({@link org.newskg.link.LocalWikidataIndex}) or through the Wikidata Action API
 * ({@link org.newskg.link.HttpWikidataLookup}, with a persistent cache); {@link org.newskg.link.WikidataLinker}
 * scores them by name, type and the article's context and keeps a link only above a threshold.
 */
package org.newskg.link;
