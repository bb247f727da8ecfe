package org.newskg.model;

/** What part of an article a block of text is; captions and bylines are read differently from body text. */
public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, CAPTION, BYLINE, BOILERPLATE;

    /** Whether deals and their amounts are read from blocks of this kind: all but boilerplate, bylines and captions. */
    public boolean tellsDeals() {
        return this != BOILERPLATE && this != BYLINE && this != CAPTION;
    }
}
