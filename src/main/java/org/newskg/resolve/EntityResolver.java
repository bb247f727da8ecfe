package org.newskg.resolve;

import org.newskg.model.AnnotatedText;
import org.newskg.model.Entity;
import org.newskg.model.Mention;

import java.util.List;

/** Groups mentions into the entities they refer to. */
public interface EntityResolver {
    /**
     * @param text     the analysed article
     * @param mentions mentions in text order, possibly several per span (one per type with evidence)
     * @return entities in order of first mention, each with one type and its mentions; empty when none
     */
    List<Entity> resolve(AnnotatedText text, List<Mention> mentions);
}
