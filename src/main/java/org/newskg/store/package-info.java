/**
 * Storage: an Apache Jena TDB2 dataset with one named graph per article; writes are transactions, so a failed
 * build leaves the store as it was.
 */
package org.newskg.store;
