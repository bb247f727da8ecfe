package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.model.Article;
import org.newskg.model.Deal;
import org.newskg.model.Description;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Event;
import org.newskg.model.Evidence;
import org.newskg.model.Extraction;
import org.newskg.model.Figure;
import org.newskg.model.MadeBy;
import org.newskg.model.Mention;
import org.newskg.model.Role;
import org.newskg.model.TimeValue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps one article's {@link Extraction} to an RDF model: the article, its entities with their mentions, roles,
 * product makers, deals, events and figures, each fact pointing to the sentence it came from. Output is
 * deterministic: IRIs are minted from content and there are no blank nodes.
 *
 * <pre>
 * Model m = new GraphMapper().map(extraction);
 * String graphName = GraphMapper.graphName(extraction.article());
 * </pre>
 */
public final class GraphMapper {
    private static final Map<EntityType, Resource> TYPES = Map.of(EntityType.PERSON, NKG.Person,
            EntityType.ORGANIZATION, NKG.Organization, EntityType.PRODUCT, NKG.Product);

    /**
     * The name of the graph that holds this article's facts: the article's own IRI, so a query can match inside
     * {@code GRAPH ?a} for an article {@code ?a} (the bundled queries rely on it).
     */
    public static String graphName(Article article) {
        return Iris.article(article);
    }

    /** @return a new model holding the article's graph */
    public Model map(Extraction x) {
        Objects.requireNonNull(x, "x");
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(NKG.PREFIX, NKG.NS);
        m.setNsPrefix("schema", Vocab.SCHEMA);
        m.setNsPrefix("org", Vocab.ORG);
        m.setNsPrefix("prov", Vocab.PROV);
        m.setNsPrefix("dcterms", Vocab.DCTERMS);
        m.setNsPrefix("nif", Vocab.NIF);
        m.setNsPrefix("id", Iris.ID);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        String articleIri = Iris.article(x.article());
        Resource article = article(m, x, articleIri);
        for (Entity e : x.entities()) {
            Resource r = m.createResource(Iris.entity(e.key()), TYPES.get(e.type()));
            r.addProperty(Vocab.name, e.name());
            e.aliases().forEach(a -> r.addProperty(Vocab.alternateName, a));
            for (Mention mention : e.mentions()) {
                Resource mr = m.createResource(Iris.mention(articleIri, mention.span()), NKG.Mention);
                offsets(mr, article, mention.span().begin(), mention.span().end(), mention.surface());
                mr.addProperty(NKG.denotes, r);
            }
        }
        for (Description d : x.descriptions()) {
            Resource mr = m.createResource(Iris.mention(articleIri, d.span()), NKG.Mention).addProperty(RDF.type, NKG.Description);
            offsets(mr, article, d.span().begin(), d.span().end(), d.surface());
            mr.addProperty(NKG.denotes, m.createResource(Iris.entity(d.entity())));
        }
        for (Role role : x.roles()) {
            Resource r = m.createResource(Iris.role(role.person(), role.title(), role.organization(), role.former()), NKG.Role);
            r.addProperty(Vocab.member, m.createResource(Iris.entity(role.person())));
            r.addProperty(Vocab.organization, m.createResource(Iris.entity(role.organization())));
            r.addProperty(NKG.title, role.title());
            r.addLiteral(NKG.former, m.createTypedLiteral(role.former()));
            evidence(m, r, article, articleIri, role.evidence());
        }
        for (MadeBy mb : x.makers()) {
            m.createResource(Iris.entity(mb.product())).addProperty(Vocab.manufacturer, m.createResource(Iris.entity(mb.maker())));
        }
        for (Deal d : x.deals()) {
            deal(m, d, article, articleIri);
        }
        for (Event e : x.events()) {
            Resource r = m.createResource(Iris.event(articleIri, e.date().lexical(), e.label()), NKG.Event);
            r.addProperty(RDFS.label, e.label());
            dated(r, e.date());
            e.participants().forEach(p -> r.addProperty(NKG.participant, m.createResource(Iris.entity(p))));
            evidence(m, r, article, articleIri, e.evidence());
        }
        for (Figure f : x.figures()) {
            Resource r = m.createResource(Iris.figure(f.subject(), f.measure(), f.value(), f.unit(),
                    f.date().map(TimeValue::lexical).orElse("")), NKG.Figure);
            r.addProperty(NKG.subject, m.createResource(Iris.entity(f.subject())));
            r.addProperty(NKG.measure, f.measure());
            r.addLiteral(Vocab.value, decimal(m, f.value()));
            r.addProperty(Vocab.unitText, f.unit());
            f.qualifier().ifPresent(q -> r.addProperty(NKG.qualifier, q));
            f.date().ifPresent(d -> dated(r, d));
            evidence(m, r, article, articleIri, f.evidence());
        }
        return m;
    }

    private static Resource article(Model m, Extraction x, String iri) {
        Article a = x.article();
        Resource r = m.createResource(iri, NKG.Article);
        a.title().ifPresent(t -> r.addProperty(Vocab.headline, t));
        a.url().ifPresent(u -> r.addLiteral(Vocab.url, m.createTypedLiteral(u, XSDDatatype.XSDanyURI)));
        a.date().ifPresent(d -> r.addLiteral(Vocab.datePublished, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        a.language().ifPresent(l -> r.addProperty(NKG.language, l));
        a.authors().forEach(n -> r.addProperty(NKG.authorName, n));
        for (String n : a.authors()) {
            x.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.name().equals(n)).findFirst()
                    .ifPresent(e -> r.addProperty(Vocab.author, m.createResource(Iris.entity(e.key()))));
        }
        a.site().flatMap(s -> x.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION && e.name().equals(s)).findFirst())
                .ifPresent(e -> r.addProperty(Vocab.publisher, m.createResource(Iris.entity(e.key()))));
        return r;
    }

    private static void deal(Model m, Deal d, Resource article, String articleIri) {
        Resource r = m.createResource(Iris.deal(d.kind().name(), d.initiator().orElse(""), d.target()), NKG.Deal);
        r.addProperty(NKG.dealType, m.createResource(NKG.NS + d.kind().name().toLowerCase(Locale.ROOT)));
        r.addProperty(NKG.status, m.createResource(NKG.NS + d.status().name().toLowerCase(Locale.ROOT)));
        d.initiator().ifPresent(i -> r.addProperty(NKG.initiator, m.createResource(Iris.entity(i))));
        r.addProperty(NKG.target, m.createResource(Iris.entity(d.target())));
        d.price().ifPresent(p -> {
            r.addLiteral(NKG.amount, decimal(m, p.amount()));
            r.addProperty(Vocab.priceCurrency, p.currency());
        });
        d.date().ifPresent(t -> dated(r, t));
        d.evidence().forEach(e -> evidence(m, r, article, articleIri, e));
    }

    private static void evidence(Model m, Resource fact, Resource article, String articleIri, Evidence e) {
        Resource ev = m.createResource(Iris.span(articleIri, e.span()), NKG.Evidence);
        offsets(ev, article, e.span().begin(), e.span().end(), e.text());
        fact.addProperty(Vocab.wasDerivedFrom, ev);
    }

    private static void offsets(Resource r, Resource article, int begin, int end, String text) {
        Model m = r.getModel();
        r.addProperty(NKG.article, article);
        r.addLiteral(Vocab.beginIndex, m.createTypedLiteral(Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger));
        r.addLiteral(Vocab.endIndex, m.createTypedLiteral(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger));
        r.addProperty(Vocab.anchorOf, text);
    }

    /** dcterms:date at the precision XML Schema allows, and nkg:period for a half or a quarter ("2021-Q3"). */
    private static void dated(Resource r, TimeValue t) {
        r.addLiteral(Vocab.date, date(r.getModel(), t));
        if (!t.xsd().equals(t)) r.addProperty(NKG.period, t.lexical());
    }

    static Literal date(Model m, TimeValue t) {
        TimeValue x = t.xsd();
        XSDDatatype dt = switch (x.precision()) {
            case YEAR, HALF, QUARTER -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
        return m.createTypedLiteral(x.lexical(), dt);
    }

    private static Literal decimal(Model m, BigDecimal v) {
        return m.createTypedLiteral(v.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }
}
