/**
 * Ingestion: the one pipeline that {@code build}, {@code load} and the Spark job share. Sources are read, extracted,
 * mapped and validated by a pool of workers ({@link org.newskg.build.Preparer}); the outcomes come back in source
 * order to one serial stage that resolves each article across the corpus ({@link org.newskg.corpus.CorpusResolver})
 * and batches the graphs, and a writer thread stores each batch ({@link org.newskg.build.Ingestion}). It takes
 * sources ({@link org.newskg.read.Sources}) or prepared graphs ({@link org.newskg.build.Parts}) and gives a store,
 * the outcome of each article in order, and where the time went ({@link org.newskg.build.StageTimes}).
 */
package org.newskg.build;
