package org.newskg.cli;

import org.newskg.error.LinkingException;
import org.newskg.link.StoreLinker;
import org.newskg.link.WikidataLinker;
import org.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newskg.error.InvalidArgumentException;
import org.newskg.link.LinkDecision;
import org.newskg.link.LinkRequest;
import org.newskg.link.WikidataItem;
import org.newskg.link.WikidataLookup;
import org.newskg.model.EntityType;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newskg link}: link the people, organizations and products of a store to Wikidata. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link the entities of a store to Wikidata items (owl:sameAs, with score and method).")
final class LinkCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store folder (required unless --explain is given).")
    Path store;
    @Option(names = "--explain", paramLabel = "NAME",
            description = "Link nothing; show the candidates for NAME, their scores and why one won or none did "
                    + "(with --store, for the store's entity of that name, with its context).")
    String explain;
    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "ORGANIZATION",
            description = "With --explain and no store: the entity's type, PERSON, ORGANIZATION or PRODUCT (default: ${DEFAULT-VALUE}).")
    EntityType type;
    @Mixin
    LinkOptions options;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (explain != null) return explain();
        if (store == null) throw new InvalidArgumentException("link needs --store DIR (or --explain NAME)");
        StoreLinker linker = linker(options);
        try (GraphStore s = GraphStore.open(store, false)) {
            return report(spec, linker.link(s, Optional.empty()));
        }
    }

    /** A store linker over the options' source, which also copies the linked items' Wikidata statements. */
    static StoreLinker linker(LinkOptions options) {
        WikidataLookup lookup = options.source().lookup();
        return new StoreLinker(new WikidataLinker(lookup), Optional.of(lookup));
    }

    private int explain() {
        WikidataLookup lookup = options.source().lookup();
        WikidataLinker linker = new WikidataLinker(lookup);
        List<LinkDecision> decisions = new ArrayList<>();
        if (store == null) {
            decisions.add(linker.explain(new LinkRequest("urn:newskg:explain", type, explain, List.of(), List.of()), Map.of()));
        } else {
            try (GraphStore s = GraphStore.open(store, false)) {
                Map<String, String> qids = StoreLinker.links(s);
                Map<String, WikidataItem> items = lookup.items(new java.util.HashSet<>(qids.values()));
                Map<String, WikidataItem> linked = new HashMap<>();
                qids.forEach((e, q) -> Optional.ofNullable(items.get(q)).ifPresent(i -> linked.put(e, i)));
                for (LinkRequest r : StoreLinker.requests(s)) {
                    if (r.name().equalsIgnoreCase(explain)) decisions.add(linker.explain(r, linked));
                }
            }
            if (decisions.isEmpty()) throw new InvalidArgumentException(store + ": no entity named \"" + explain + "\"");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (LinkDecision d : decisions) {
            out.printf("%s (%s, %s): %s — %s%n", d.request().name(), d.request().type().name().toLowerCase(Locale.ROOT),
                    d.request().iri(), d.winner().map(c -> "linked to " + c.item().id() + " " + c.item().label())
                            .orElse("not linked"), d.reason());
            for (LinkDecision.Candidate c : d.candidates()) {
                out.printf("  %-11s %6.3f  %s  [%s]%s%n", c.item().id(), c.score(), c.item().label(),
                        String.join("; ", c.parts()), c.item().description().isEmpty() ? "" : " " + c.item().description());
            }
            if (d.candidates().isEmpty()) out.println("  (no item has this name)");
        }
        out.flush();
        return 0;
    }

    /**
     * Prints what linking did; 0 when it ran, 1 when every lookup failed (an unreachable endpoint), with the
     * links made so far stored either way.
     */
    static int report(CommandSpec spec, StoreLinker.Report r) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allFailed = !r.failures().isEmpty() && r.failures().size() >= r.attempted();
        if (allFailed) {
            throw new LinkingException("no Wikidata lookup succeeded (" + r.failures().size() + " failed); the first: "
                    + r.failures().get(0));
        }
        r.failures().stream().limit(10).forEach(f -> err.println("newskg: link: " + f));
        if (r.failures().size() > 10) err.println("newskg: link: … and " + (r.failures().size() - 10) + " more failures");
        out.printf("linked %d of %d entities to Wikidata (%d looked up, %d lookups failed)%n", r.links().size(),
                r.entities(), r.attempted(), r.failures().size());
        out.flush();
        err.flush();
        return 0;
    }
}
