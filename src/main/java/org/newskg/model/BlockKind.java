package org.newskg.model;

/** What part of an article a block of text is; captions and bylines are read differently from body text. */
public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, CAPTION, BYLINE, BOILERPLATE
}
