package org.newskg.mention;

import org.newskg.model.AnnotatedText;
import org.newskg.model.Mention;

import java.util.List;

/**
 * Finds person, organization and product mentions.
 */
public interface MentionRecognizer {
    /**
     * @return mentions in text order; spans index {@code Article.text()}. The same span may be returned once for
     * each type it has evidence for, each with the weight of that evidence as its confidence, so that a later
     * stage can vote over all mentions of one entity. Empty when the text names nothing.
     */
    List<Mention> recognize(AnnotatedText text);
}
