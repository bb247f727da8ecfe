package org.newskg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A snapshot first, and a second source (Wikidata's Action API) only for the names the snapshot has no item for:
 * what is well known is found offline and the recent rest online, with one search per name the snapshot lacks.
 * Each link records which of the two found its item.
 */
public final class FallbackLookup implements WikidataLookup {
    private final WikidataLookup first;
    private final WikidataLookup then;
    private final Set<String> fromThen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FallbackLookup(WikidataLookup first, WikidataLookup then) {
        this.first = Objects.requireNonNull(first, "first");
        this.then = Objects.requireNonNull(then, "then");
    }

    @Override
    public List<String> search(String name, int limit) {
        List<String> found = first.search(name, limit);
        if (!found.isEmpty()) return found;
        List<String> more = then.search(name, limit);
        fromThen.addAll(more);
        return more;
    }

    @Override
    public Map<String, WikidataItem> items(Collection<String> ids) {
        List<String> rest = new ArrayList<>();
        Set<String> wanted = new HashSet<>(ids);
        Map<String, WikidataItem> out = new LinkedHashMap<>();
        for (String id : ids) if (!fromThen.contains(id)) rest.add(id);
        out.putAll(first.items(rest));
        wanted.removeAll(out.keySet());
        if (!wanted.isEmpty()) out.putAll(then.items(wanted));
        return out;
    }

    @Override
    public String method() {
        return first.method() + "+" + then.method();
    }

    @Override
    public String methodOf(String id) {
        return fromThen.contains(id) ? then.method() : first.method();
    }
}
