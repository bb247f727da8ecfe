/**
 * Language packs: every word list, cue and trigger list the rules use, read from
 * {@code resources/org/newskg/lang/<code>/}, so that the stages hold logic and the pack holds the language.
 * Takes nothing from other stages but the error types.
 */
package org.newskg.lang;
