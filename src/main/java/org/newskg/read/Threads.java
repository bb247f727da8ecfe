package org.newskg.read;

import org.jsoup.nodes.Element;
import org.newskg.lang.Language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum thread's story is its opening post: when the chosen container, or one of its nearest ancestors, holds
 * three or more posts (siblings whose classes name the same kind of post, "post", "message", "reply" or
 * "comment", each with a part about its writer), the first of them is the story, without the parts about its
 * writer (name, date, avatar).
 */
final class Threads {
    private static final Pattern POST = Language.english().pattern("read/patterns", "post-class");
    private static final Pattern META = Language.english().pattern("read/patterns", "post-meta-class");
    /** How far above the chosen container a thread is looked for. */
    private static final int LEVELS = 3;

    private Threads() {
    }

    /** The opening post of the thread that holds {@code best}, its writer's parts removed; empty when there is none. */
    static Optional<Element> openingPost(Element best) {
        Element e = best;
        for (int level = 0; e != null && level <= LEVELS && !e.normalName().equals("body"); level++, e = e.parent()) {
            List<Element> posts = e.children().stream().filter(c -> kind(c).isPresent() && signed(c)).toList();
            if (posts.size() < 3) continue;
            String first = kind(posts.get(0)).orElseThrow();
            if (posts.stream().filter(p -> kind(p).orElseThrow().equals(first)).count() < 3) continue;
            Element post = posts.get(0).clone();
            post.select("*").stream().filter(x -> x != post && META.matcher(x.className()).find()).toList().forEach(Element::remove);
            return Optional.of(post);
        }
        return Optional.empty();
    }

    /** A post names its writer: it holds a part whose class says author, user, date and the like. */
    private static boolean signed(Element post) {
        return post.select("*").stream().anyMatch(x -> x != post && META.matcher(x.className()).find());
    }

    private static Optional<String> kind(Element e) {
        Matcher m = POST.matcher(e.className());
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
