/**
 * Stage 2, text: splits an {@link org.newskg.model.Article} into sentences and tokens with character offsets
 * ({@link org.newskg.model.AnnotatedText}); also holds the lexicons of general words the later stages use.
 */
package org.newskg.text;
