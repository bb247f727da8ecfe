package org.newskg.corpus;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.lang.Language;
import org.newskg.query.NamedQuery;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;
import org.newskg.store.GraphStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * The stored events by date and IRI, and by date and participant: only events of the same date that share a
     * participant are compared, and learning a telling searches no list (a store of 20,000 articles holds many
     * events of one date).
     */
    private final Map<String, Known> byIri = new HashMap<>();
    private final Map<String, List<Known>> byParticipant = new HashMap<>();

    /** The events the store holds. */
    static CorpusEvents of(GraphStore store) {
        CorpusEvents events = new CorpusEvents();
        store.read(ds -> {
            Map<String, String> dates = new LinkedHashMap<>();
            Map<String, Set<String>> labels = new HashMap<>();
            Map<String, Set<String>> participants = new HashMap<>();
            Map<String, Set<String>> names = new HashMap<>();
            try (QueryExecution q = QueryExecutionFactory.create(NamedQuery.CORPUS_EVENTS.query(), ds)) {
                ResultSet rs = q.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String e = s.getResource("event").getURI();
                    dates.putIfAbsent(e, s.getLiteral("date").getLexicalForm());
                    labels.computeIfAbsent(e, k -> new HashSet<>()).add(s.getLiteral("label").getLexicalForm());
                    if (s.contains("participant")) participants.computeIfAbsent(e, k -> new HashSet<>()).add(s.getResource("participant").getURI());
                    if (s.contains("name")) names.computeIfAbsent(e, k -> new HashSet<>()).addAll(words(s.getLiteral("name").getLexicalForm()));
                }
            }
            dates.forEach((e, d) -> labels.get(e).forEach(l -> events.add(e, d, l, participants.getOrDefault(e, Set.of()),
                    names.getOrDefault(e, Set.of()))));
            return null;
        });
        return events;
    }

    /** Learns a telling of an event: a new event, or more participants and words for a known one. */
    private void add(String iri, String date, String label, Set<String> participants, Set<String> nameWords) {
        Known k = byIri.computeIfAbsent(iri + "\u0000" + date, x -> new Known(iri, new HashSet<>(), new HashSet<>(), new HashSet<>()));
        for (String p : participants) {
            if (k.participants().add(p)) byParticipant.computeIfAbsent(date + "\u0000" + p, x -> new ArrayList<>()).add(k);
        }
        k.allWords().addAll(words(label));
        k.names().addAll(nameWords);
    }

    /** Joins the article's events to stored ones, in the model, and learns the article's events. */
    void resolve(Model article) {
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
            for (String p : participants) {
                for (Known k : byParticipant.getOrDefault(date + "\u0000" + p, List.of())) candidates.putIfAbsent(k.iri(), k);
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
            String iri = e.getURI();
            if (best != null && !tie) {
                ResourceUtils.renameResource(e, best.iri());
                iri = best.iri();
            }
            add(iri, date, label.getString(), participants, nameWords);
        }
    }

    private static String date(Resource e) {
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
