/**
 * Stage 4, resolution: groups mentions into {@link org.newskg.model.Entity entities} within an article, links
 * short forms to full names ("Okafor" to "Maria Okafor", "Forge" to "Acme Forge") and votes each entity's type.
 */
package org.newskg.resolve;
