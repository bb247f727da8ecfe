/**
 * Errors: every failure newskg reports is an unchecked {@link org.newskg.error.NewsKgException} or one of its
 * subclasses (an unreadable article, a store that cannot be opened, a malformed query, a failed Wikidata lookup, a
 * graph that violates the shapes in strict mode, a value the user gave that is not valid). Every stage may throw
 * them; this package imports nothing of newskg, so it sits below every stage.
 */
package org.newskg.error;
