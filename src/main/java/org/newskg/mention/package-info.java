/**
 * Stage 3, mentions: finds stretches of text that name people, organizations and products
 * ({@link org.newskg.model.Mention}) in an {@link org.newskg.model.AnnotatedText}.
 */
package org.newskg.mention;
