package org.newskg.link;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Wikidata's own statements on linked items, as Wikidata writes them ({@code wd:Q312 wdt:P17 wd:Q30}), for the
 * properties of {@code wikidata-facts.tsv} (instance of, country, industry, founded by, chief executive, parent
 * organization, official website, …) that the lookup's items carry, with the English labels of the items and
 * properties they name where the lookup knows them. Users join their graph to these on {@code owl:sameAs}.
 */
public final class WikidataFacts {
    /** Wikidata's entity namespace. */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** Wikidata's direct-claim namespace. */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    private static final String WEBSITE = "P856";

    private final Map<String, String> properties;

    private WikidataFacts(Map<String, String> properties) {
        this.properties = properties;
    }

    /** The bundled property list. */
    public static WikidataFacts standard() {
        Map<String, String> props = new LinkedHashMap<>();
        for (String[] row : WikidataTypes.rows("wikidata-facts.tsv", 2)) props.put(row[0], row[1]);
        return new WikidataFacts(props);
    }

    /** The statements on {@code qids} that the lookup's items carry. */
    public Model model(WikidataLookup lookup, Collection<String> qids) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("wd", ENTITY);
        m.setNsPrefix("wdt", DIRECT);
        m.setNsPrefix("rdfs", RDFS.getURI());
        if (qids.isEmpty()) return m;
        Map<String, WikidataItem> items = lookup.items(new TreeSet<>(qids));
        Set<String> values = new LinkedHashSet<>();
        Set<String> used = new TreeSet<>();
        for (WikidataItem item : items.values()) {
            Resource subject = m.createResource(ENTITY + item.id());
            subject.addProperty(RDFS.label, item.label(), "en");
            for (String pid : properties.keySet()) {
                Property p = m.createProperty(DIRECT + pid);
                if (pid.equals(WEBSITE)) {
                    for (String url : item.websites()) {
                        subject.addProperty(p, m.createResource(url));
                        used.add(pid);
                    }
                    continue;
                }
                for (String value : item.claim(pid)) {
                    subject.addProperty(p, m.createResource(ENTITY + value));
                    values.add(value);
                    used.add(pid);
                }
            }
        }
        values.removeAll(items.keySet());
        if (!values.isEmpty()) {
            lookup.items(values).values().forEach(v -> m.createResource(ENTITY + v.id()).addProperty(RDFS.label, v.label(), "en"));
        }
        for (WikidataItem item : items.values()) {
            for (int i = 0; i < item.types().size() && i < item.typeLabels().size(); i++) {
                Resource type = m.createResource(ENTITY + item.types().get(i));
                if (!item.typeLabels().get(i).isBlank() && !type.hasProperty(RDFS.label)) {
                    type.addProperty(RDFS.label, item.typeLabels().get(i), "en");
                }
            }
        }
        used.forEach(pid -> m.createResource(DIRECT + pid).addProperty(RDFS.label, properties.get(pid), "en"));
        return m;
    }
}
