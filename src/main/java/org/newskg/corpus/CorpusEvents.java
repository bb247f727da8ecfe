package org.newskg.corpus;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.lang.Language;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Events across articles: an article's dated event is the stored event of the same date that shares a participant
 * with it and enough of its words, the one that shares the most: three content words (four when only the year is
 * known) and a quarter of them all, leaving out the words of the participants' names (a company's name is in
 * every sentence about it and says nothing of what happened). What is learned from an article is what a later
 * build reads back from the store, so a build resumed after it was killed resolves as an uninterrupted one. It takes the stored event's IRI, so the event has a source in each article that tells it.
 */
final class CorpusEvents {
    private static final Set<String> FUNCTION = Set.copyOf(Language.english().words("lexicon/function-words").stream()
            .map(w -> w.split("\t")[0].toLowerCase(Locale.ROOT)).toList());

    /** A stored event: its participants and the content words of all its tellings, names left out. */
    private record Known(String iri, Set<String> participants, Set<String> allWords, Set<String> names) {
        Set<String> words() {
            Set<String> w = new HashSet<>(allWords);
            w.removeAll(names);
            return w;
        }
    }

    private final CorpusIndex index;

    /** Events as the corpus index knows them. */
    CorpusEvents(CorpusIndex index) {
        this.index = index;
    }

    /** A stored event at this date: its participants and the words of every telling of that date. */
    private Known known(String iri, String date) {
        Known k = new Known(iri, new HashSet<>(), new HashSet<>(), new HashSet<>());
        String prefix = date + "\t";
        index.tellings(iri, (p, value) -> {
            if (!value.startsWith(prefix)) return;
            String rest = value.substring(prefix.length());
            if (p.equals(IndexGraph.EVENT_AT)) k.participants().add(rest);
            else if (p.equals(IndexGraph.WORD)) k.allWords().add(rest);
            else k.names().add(rest);
        });
        return k;
    }

    /** Joins the article's events to stored ones, in the model, and learns the article's events. */
    void resolve(Model article) {
        Model told = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        index.scratch(told.getGraph());
        try {
            tell(article, told);
        } finally {
            index.scratch(null);
        }
    }

    private void tell(Model article, Model told) {
        for (Resource e : article.listSubjectsWithProperty(RDF.type, NKG.Event).toList()) {
            if (!e.isURIResource()) continue;
            String date = date(e);
            Statement label = e.getProperty(RDFS.label);
            if (date.isEmpty() || label == null) continue;
            Set<String> participants = new HashSet<>();
            Set<String> nameWords = new HashSet<>();
            e.listProperties(NKG.participant).forEachRemaining(s -> {
                Resource p = s.getObject().asResource();
                participants.add(p.getURI());
                // the names as the stored graph holds them (read back on the next build the same way)
                p.listProperties(Vocab.name).forEachRemaining(n -> nameWords.addAll(words(n.getString())));
            });
            Set<String> words = words(label.getString());
            words.removeAll(nameWords);
            int needed = date.length() == 4 ? 4 : 3;
            Known best = null;
            int most = 0;
            boolean tie = false;
            Map<String, Known> candidates = new LinkedHashMap<>();
            for (String p : new java.util.TreeSet<>(participants.stream().filter(java.util.Objects::nonNull).toList())) {
                for (String k : index.eventsAt(date, p)) candidates.computeIfAbsent(k, x -> known(x, date));
            }
            for (Known k : candidates.values()) {
                if (k.iri().equals(e.getURI()) || k.participants().stream().noneMatch(participants::contains)) continue;
                Set<String> shared = new HashSet<>(k.words());
                shared.retainAll(words);
                Set<String> either = new HashSet<>(k.words());
                either.addAll(words);
                if (shared.size() < needed || shared.size() * 4 < either.size()) continue;
                if (shared.size() > most) {
                    best = k;
                    most = shared.size();
                    tie = false;
                } else if (shared.size() == most) {
                    tie = true;
                }
            }
            Resource joined = best != null && !tie ? ResourceUtils.renameResource(e, best.iri()) : e;
            // an event the article tells twice is one event too
            IndexGraph.event(told, joined);
        }
    }

    static String date(Resource e) {
        Statement period = e.getProperty(NKG.period);
        if (period != null) return period.getString();
        Statement d = e.getProperty(Vocab.date);
        return d == null ? "" : d.getObject().asLiteral().getLexicalForm();
    }

    /** The label's content words: lower case, four letters or more, no function words. */
    static Set<String> words(String label) {
        Set<String> out = new HashSet<>();
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !FUNCTION.contains(w) && !w.chars().allMatch(Character::isDigit)) out.add(w);
        }
        return out;
    }
}
