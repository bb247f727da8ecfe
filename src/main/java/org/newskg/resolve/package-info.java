/**
 * Stage 4, resolution: groups mentions into {@link org.newskg.model.Entity entities} within an article, links
 * short forms to full names ("Altman" to "Sam Altman", "Codex" to "OpenAI Codex") and votes each entity's type.
 */
package org.newskg.resolve;
