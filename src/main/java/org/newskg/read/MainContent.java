package org.newskg.read;

import org.newskg.lang.Language;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newskg.model.BlockKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the main article body of a page in the manner of Readability: strip what is never content, score
 * containers by the paragraphs they hold (length, commas, link density), take the best one with its related
 * siblings, and list its paragraph-like blocks in document order.
 */
final class MainContent {
    /** A block of body text and what it is. */
    record TextBlock(String text, BlockKind kind) {
    }

    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                    + "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
                    + "supplemental|popup|promo|newsletter|subscribe|cookie|consent|share|sharing|teaser|recirc|agegate|"
                    + "outbrain|taboola|nav|masthead|toolbar|trending|most-popular|signup|paywall|modal|related-|"
                    + "widget|pagination|pager");
    /** Advertising labels and sponsored teasers that sit inside article containers. */
    private static final Pattern AD_LABEL = Language.english().pattern("read/patterns", "ad-label");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|entry|post|text");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|entry|main|post|story|text|blog");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\d{1,3}]\\s");
    private static final String CAPTION_CSS = "[class~=(?i)caption|credit|attribution], figcaption";
    private static final Set<String> STRIP_TAGS = Set.of("script", "style", "noscript", "iframe", "form", "nav",
            "aside", "footer", "button", "svg", "select", "input", "textarea", "object", "embed", "canvas", "template",
            "link", "meta", "dialog");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "figcaption", "dd", "dt", "td", "th", "caption", "address");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "ul", "ol", "td",
            "blockquote", "header", "figure", "span", "table", "tbody", "tr", "dl", "center", "font");

    private MainContent() {
    }

    /**
     * The blocks of the page's main block and its related siblings. {@code relaxed} keeps blocks whose class or id
     * says they are not the story (an "embed", a "promo") and ignores what classes say of a candidate: the second
     * try, when the first finds nothing plausible. Strips {@code body} of what is never text (scripts, menus).
     */
    static List<TextBlock> mainBlock(Element body, boolean relaxed) {
        strip(body, relaxed);
        Element best = withinArticleBody(bestCandidate(body, relaxed), body);
        List<TextBlock> out = new ArrayList<>();
        java.util.Optional<Element> opening = Threads.openingPost(best);
        if (opening.isPresent()) {
            collect(opening.get(), out);
            return out;
        }
        for (Element e : withRelatedSiblings(best)) collect(e, out);
        return out;
    }

    /** Every prose paragraph of a stripped page (long, few links, not inside another paragraph), in page order. */
    static List<TextBlock> allProse(Element body) {
        List<TextBlock> all = new ArrayList<>();
        for (Element p : body.select("p")) {
            if (p.text().length() > 80 && linkDensity(p) < 0.2 && p.parents().stream().noneMatch(a -> a.normalName().equals("p"))) {
                collect(p, all);
            }
        }
        return all;
    }

    /** Characters in the paragraphs of {@code blocks} longer than a line of prose, as {@link #pageProse} counts them. */
    static int longParagraphs(List<TextBlock> blocks) {
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH && b.text().length() > 80)
                .mapToInt(b -> b.text().length()).sum();
    }

    /** Text blocks of a body given as plain text (JSON-LD {@code articleBody}): one paragraph a line. */
    static List<TextBlock> paragraphs(String text) {
        List<TextBlock> out = new ArrayList<>();
        for (String line : text.split("\\R")) add(out, line, BlockKind.PARAGRAPH);
        return out;
    }

    static int prose(List<TextBlock> blocks) {
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).mapToInt(b -> b.text().length()).sum();
    }

    /**
     * Markup that is never the story's text: scripts, menus, forms, dialogs, and hidden blocks unless they hold the
     * story ({@link Visibility#holdsStory}; {@code pageProse} is the page's, as {@link #prose(Element)} counts it).
     */
    private static boolean neverText(Element e, int pageProse) {
        return STRIP_TAGS.contains(e.normalName()) || Visibility.hidden(e) && !Visibility.holdsStory(e, pageProse)
                || "dialog".equals(e.attr("role")) || "navigation".equals(e.attr("role"))
                || "complementary".equals(e.attr("role"));
    }

    /**
     * Characters of prose on a page before its blocks are judged by their classes: long paragraphs with few links
     * outside what is {@linkplain #neverText never text}. A story in a block whose class says "sidebar" counts.
     */
    static int visibleProse(Element body) {
        int page = prose(body);
        // what is never text, found once rather than again for every paragraph below it
        Set<Element> never = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) if (neverText(e, page)) never.add(e);
        int n = 0;
        for (Element p : body.select("p")) {
            int len = p.text().length();
            if (len <= 80 || linkDensity(p) >= 0.2 || never.contains(p)) continue;
            if (p.parents().stream().takeWhile(a -> a != body.parent()).noneMatch(never::contains)) n += len;
        }
        return n;
    }

    private static void strip(Element root, boolean relaxed) {
        List<Element> remove = new ArrayList<>();
        int total = root.text().length();
        int page = prose(root);
        for (Element e : root.getAllElements()) {
            if (e == root) continue;
            String tag = e.normalName();
            if (neverText(e, page)) {
                remove.add(e);
                continue;
            }
            if (relaxed) continue;
            if (isTeaserFeed(e)) {
                remove.add(e);
                continue;
            }
            String match = e.className() + " " + e.id();
            if (match.isBlank() || tag.equals("body") || tag.equals("article") || tag.equals("main")
                    || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
                continue;
            }
            // "post-share-buttons", "post-footer": a word that may name the story does not save a block of links
            boolean maybe = MAYBE.matcher(match).find() && linkDensity(e) <= 0.5;
            if (UNLIKELY.matcher(match).find() && !maybe && !hasAncestorTag(e, "table")
                    && !holdsArticle(e) && e.text().length() < total / 2) {
                remove.add(e);
            }
        }
        for (Element e : remove) {
            if (e.parent() != null) e.remove();
        }
    }

    /**
     * A list of teasers for other stories: eight or more items, nearly all with a link and most with a picture.
     * Lists inside an article (steps, bullet points, links to sources) rarely carry a picture per item.
     */
    private static boolean isTeaserFeed(Element e) {
        if (!e.normalName().equals("ul") && !e.normalName().equals("ol")) return false;
        List<Element> items = e.children().stream().filter(c -> c.normalName().equals("li")).toList();
        if (items.size() < 8) return false;
        long linked = items.stream().filter(li -> li.selectFirst("a[href]") != null).count();
        long pictured = items.stream().filter(li -> li.selectFirst("img, picture") != null).count();
        return linked >= 0.8 * items.size() && pictured >= 0.6 * items.size();
    }

    /** A container with several long paragraphs is the article whatever its class says ("widget-container"). */
    private static boolean holdsArticle(Element e) {
        int longParagraphs = 0;
        for (Element p : e.select("p")) {
            if (p.text().length() > 120 && ++longParagraphs >= 3) return true;
        }
        return false;
    }

    private static boolean hasAncestorTag(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) return true;
        }
        return false;
    }

    private static Element bestCandidate(Element body, boolean relaxed) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, div")) {
            String text = ownBlockText(p);
            if (text.length() < 25) continue;
            double s = 1 + text.split("[,，]").length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, s, Double::sum);
            if (parent.parent() != null) scores.merge(parent.parent(), s / 2, Double::sum);
            if (parent.parent() != null && parent.parent().parent() != null) {
                scores.merge(parent.parent().parent(), s / 6, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> finals = new HashMap<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            Element e = en.getKey();
            double s = (en.getValue() + tagBonus(e, relaxed)) * (1 - linkDensity(e));
            finals.put(e, s);
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        if (best == null) return body;
        // Climb while the parent scores nearly as well: the article often spans several sibling containers.
        Element cur = best;
        while (cur.parent() != null && cur.parent() != body.parent()) {
            Double ps = finals.get(cur.parent());
            if (ps == null || ps < bestScore * 0.75) break;
            cur = cur.parent();
        }
        // a story split over several containers: an ancestor (up to three levels) holds clearly more clean prose
        int own = prose(cur);
        Element a = cur.parent();
        for (int level = 0; level < 3 && a != null && a != body && linkDensity(a) < 0.3; level++, a = a.parent()) {
            if (prose(a) > own * 1.15) {
                cur = a;
                own = prose(a);
            }
        }
        return cur;
    }

    /**
     * A page that marks its article body ({@code itemprop=articleBody}, "entry-content", "article-body", …) once
     * says where the story is: the best candidate found inside it grows to the whole marked body, so that lists,
     * tables and short paragraphs of the story are kept.
     */
    private static Element withinArticleBody(Element best, Element body) {
        List<Element> marked = body.select(ARTICLE_BODY_CSS);
        marked.removeIf(m -> marked.stream().anyMatch(o -> o != m && m.parents().contains(o)));
        if (marked.size() != 1) return best;
        Element m = marked.get(0);
        if (m.text().length() < 200 || linkDensity(m) > 0.5) return best;
        boolean inside = best == m || best.parents().contains(m);
        int chosen = withRelatedSiblings(best).stream().mapToInt(e -> e.text().length()).sum();
        return inside && chosen < 0.6 * m.text().length() ? m : best;
    }

    private static final String ARTICLE_BODY_CSS = "[itemprop=articleBody], .entry-content, .post-content, .article-body, "
            + ".article-content, .post-body, .entry-body, .article__body, .c-entry-content";

    /**
     * The article often continues in sibling containers of the best one (one per section of a long story): keep
     * siblings with the same class, or that hold real paragraphs with few links.
     */
    private static List<Element> withRelatedSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null || best.normalName().equals("body")) return List.of(best);
        List<Element> out = new ArrayList<>();
        double bestLength = best.text().length();
        for (Element sib : parent.children()) {
            if (sib == best) {
                out.add(sib);
                continue;
            }
            boolean sameClass = !best.className().isBlank() && sib.className().equals(best.className());
            String text = sib.text();
            int longParagraphs = 0;
            for (Element p : sib.select("p")) if (p.text().length() > 80) longParagraphs++;
            boolean prose = (longParagraphs >= 1 || sib.normalName().equals("p") && text.length() > 80)
                    && linkDensity(sib) < 0.25;
            if ((sameClass && text.length() > 0.05 * bestLength) || prose) out.add(sib);
        }
        return out;
    }

    /** Characters in long paragraphs with few links. */
    static int prose(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            int len = p.text().length();
            if (len > 80 && linkDensity(p) < 0.2) n += len;
        }
        return n;
    }

    private static double tagBonus(Element e, boolean relaxed) {
        double b = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "form", "dl", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if ("articleBody".equals(e.attr("itemprop"))) b += 25;
        if (relaxed) return b;
        String match = e.className() + " " + e.id();
        if (LIKELY.matcher(match).find()) b += 10;
        if (UNLIKELY.matcher(match).find()) b -= 10;
        return b;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1.0, (double) links / total);
    }

    private static String ownBlockText(Element e) {
        if (!e.normalName().equals("div")) return e.text();
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) sb.append(t.text());
            else if (n instanceof Element c && !isBlockish(c)) sb.append(c.text());
        }
        return sb.toString().strip();
    }

    private static boolean isBlockish(Element e) {
        return BLOCK_TAGS.contains(e.normalName()) || CONTAINER_TAGS.contains(e.normalName())
                && !e.normalName().equals("span") && !e.normalName().equals("font");
    }

    /** Emits blocks in document order: a block tag is one block; loose text in a container is one block. */
    private static void collect(Element e, List<TextBlock> out) {
        String tag = e.normalName();
        if (BLOCK_TAGS.contains(tag) && !containsBlock(e)) {
            // an image caption or credit inside a paragraph is a caption of its own, not part of the prose
            List<Element> captions = e.select(CAPTION_CSS).stream()
                    .filter(c -> c.parents().stream().takeWhile(p -> p != e).noneMatch(p -> p.is(CAPTION_CSS)))
                    .toList();
            if (!captions.isEmpty()) {
                Element copy = e.clone();
                copy.select(CAPTION_CSS).remove();
                String captionText = String.join(" ", captions.stream().map(Element::text).distinct().toList());
                add(out, captionText, BlockKind.CAPTION);
                add(out, copy.text(), kindOf(e));
                return;
            }
            add(out, e.text(), kindOf(e));
            return;
        }
        StringBuilder loose = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                loose.append(t.text());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("br")) {
                    if (c.nextElementSibling() != null && c.nextElementSibling().normalName().equals("br")) {
                        add(out, loose.toString(), BlockKind.PARAGRAPH);
                        loose.setLength(0);
                    } else {
                        loose.append(' ');
                    }
                } else if (isBlockish(c) || containsBlock(c)) {
                    add(out, loose.toString(), BlockKind.PARAGRAPH);
                    loose.setLength(0);
                    collect(c, out);
                } else {
                    loose.append(c.text());
                }
            }
        }
        add(out, loose.toString(), BlockKind.PARAGRAPH);
    }

    private static boolean containsBlock(Element e) {
        for (Element c : e.children()) {
            if (isBlockish(c) || containsBlock(c)) return true;
        }
        return false;
    }

    private static BlockKind kindOf(Element e) {
        String tag = e.normalName();
        if (tag.matches("h[1-6]")) return BlockKind.HEADING;
        if (tag.equals("figcaption") || tag.equals("caption") || hasAncestorTag(e, "figure")) return BlockKind.CAPTION;
        return BlockKind.PARAGRAPH;
    }

    private static void add(List<TextBlock> out, String raw, BlockKind kind) {
        String t = PageMetadata.clean(raw);
        if (t.length() < 2 || !t.codePoints().anyMatch(Character::isLetterOrDigit)) return;
        if (AD_LABEL.matcher(t).find() || t.contains("</") || t.matches(".*<\\w+ [^>]*>.*")) return;
        if (!out.isEmpty() && out.get(out.size() - 1).text().equals(t)) return;
        kind = BodyLines.kindOf(t, kind, out);
        // "[2] Freedonia Health Board, Patient Safety Goal …": a numbered reference lists sources, it does not tell the story
        out.add(new TextBlock(t, REFERENCE.matcher(t).lookingAt() ? BlockKind.BOILERPLATE : kind));
    }
}
