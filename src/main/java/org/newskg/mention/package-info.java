/**
 * Stage 3, recognition: finds the spans the later stages reason on, in an {@link org.newskg.model.AnnotatedText}:
 * stretches that name people, organizations and products ({@link org.newskg.model.Mention}, by a
 * {@link org.newskg.mention.MentionRecognizer}), expressions of time resolved against the publication date
 * ({@link org.newskg.model.TimeExpression}, by {@link org.newskg.mention.TimeRecognizer}) and amounts of money,
 * percentages and counts ({@link org.newskg.mention.MoneyRecognizer}).
 */
package org.newskg.mention;
