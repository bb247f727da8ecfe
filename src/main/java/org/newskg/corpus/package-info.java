/**
 * Resolution across articles: the entities of a newly built article joined to the entities the store already
 * holds when a reader would take them for the same (a repeated alias, an acronym and its expansion, a short and a
 * long form, a surname with its full name in a shared context), each join recorded as an {@code nkg:Merge}.
 */
package org.newskg.corpus;
