/**
 * The command line: picocli commands, each a thin layer that turns options into a
 * {@link org.newskg.NewsKgConfig}, calls the library and prints the result. No other package imports this one.
 */
package org.newskg.cli;
