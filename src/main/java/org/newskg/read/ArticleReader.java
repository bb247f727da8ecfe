package org.newskg.read;

import org.newskg.model.Article;

/** Reads one article. */
public interface ArticleReader {
    /**
     * @return the article; its date is empty when the input gives none
     * @throws org.newskg.error.ArticleReadException when the input is empty, binary, too large, not valid text or not
     *                                         English
     */
    Article read(ArticleInput input);
}
