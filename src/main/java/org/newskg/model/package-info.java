/**
 * Records shared by every stage of the pipeline: the article read, its sentences and tokens, the mentions and
 * entities found in it, and the facts (roles, product makers, deals, events, figures) extracted from it.
 * All records are immutable; every fact keeps the {@link org.newskg.model.Evidence} it came from.
 */
package org.newskg.model;
