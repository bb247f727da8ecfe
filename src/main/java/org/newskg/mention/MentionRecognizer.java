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
     * <p>Confidence is on one scale for every recognizer, from 0 (no evidence) to 1 (the recognizer is sure of the
     * type): a rule-based recognizer gives the summed weights of its cues (see {@code Weight}), a statistical one
     * the probability of the type. The resolver adds confidences over an entity's mentions, so recognizers can
     * be used together.
     */
    List<Mention> recognize(AnnotatedText text);
}
