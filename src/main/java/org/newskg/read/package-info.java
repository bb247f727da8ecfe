/**
 * Stage 1, reading: turns the bytes of an HTML page or a plain-text file into an
 * {@link org.newskg.model.Article} (text in blocks, title, authors, publication date, URL, site, language).
 * Only this package imports Jsoup.
 */
package org.newskg.read;
