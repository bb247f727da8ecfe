package org.newskg.corpus;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Vocab;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The IRIs of an article's deals, roles and figures minted again once its entities have joined stored ones, by the
 * same functions the mapper mints them with ({@link Iris#deal}, {@link Iris#role}, {@link Iris#figure}), so that the same deal, role or
 * figure told by several articles is one node whatever name each article gave its parties. Only facts about a
 * joined entity change.
 */
final class FactIris {
    private FactIris() {
    }

    static void remint(Model m, Set<String> joined) {
        for (Resource d : m.listSubjectsWithProperty(RDF.type, NKG.Deal).toList()) {
            Optional<String> initiator = iri(d, NKG.initiator);
            Optional<String> target = iri(d, NKG.target);
            Optional<String> kind = iri(d, NKG.dealType).map(t -> t.substring(t.indexOf('#') + 1).toUpperCase(Locale.ROOT));
            if (target.isEmpty() || kind.isEmpty() || !(joined.contains(target.get()) || initiator.filter(joined::contains).isPresent())) continue;
            rename(d, Iris.deal(kind.get(), initiator.map(FactIris::key).orElse(""), key(target.get())));
        }
        for (Resource r : m.listSubjectsWithProperty(RDF.type, NKG.Role).toList()) {
            Optional<String> person = iri(r, Vocab.member);
            Optional<String> org = iri(r, Vocab.organization);
            Optional<String> title = text(r, NKG.title);
            Optional<String> former = text(r, NKG.former);
            if (person.isEmpty() || org.isEmpty() || title.isEmpty() || former.isEmpty()) continue;
            if (!joined.contains(person.get()) && !joined.contains(org.get())) continue;
            rename(r, Iris.role(key(person.get()), title.get(), key(org.get()), Boolean.parseBoolean(former.get())));
        }
        for (Resource f : m.listSubjectsWithProperty(RDF.type, NKG.Figure).toList()) {
            Optional<String> subject = iri(f, NKG.subject);
            if (subject.isEmpty() || !joined.contains(subject.get())) continue;
            String date = text(f, NKG.period).or(() -> text(f, Vocab.date)).orElse("");
            Optional<java.math.BigDecimal> value = text(f, Vocab.value).map(java.math.BigDecimal::new);
            Optional<String> measure = text(f, NKG.measure);
            Optional<String> unit = text(f, Vocab.unitText);
            if (value.isEmpty() || measure.isEmpty() || unit.isEmpty()) continue;
            rename(f, Iris.figure(key(subject.get()), measure.get(), value.get(), unit.get(), date));
        }
    }

    private static void rename(Resource r, String iri) {
        if (!r.getURI().equals(iri)) ResourceUtils.renameResource(r, iri);
    }

    private static String key(String entityIri) {
        return entityIri.startsWith(Iris.ID) ? entityIri.substring(Iris.ID.length()) : entityIri;
    }

    private static Optional<String> iri(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isURIResource() ? Optional.of(s.getObject().asResource().getURI()) : Optional.empty();
    }

    private static Optional<String> text(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? Optional.of(s.getObject().asLiteral().getLexicalForm()) : Optional.empty();
    }
}
