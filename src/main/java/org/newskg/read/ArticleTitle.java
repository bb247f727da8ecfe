package org.newskg.read;

import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The title of a page when its metadata names none, read from {@code <title>} as Firefox's Reader View reads it:
 * "Headline | Site" loses the site when enough words remain, "Site: Headline" loses the site unless a heading
 * repeats the whole title, and a title too short or too long gives way to the page's only {@code <h1>}.
 */
final class ArticleTitle {
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");

    private ArticleTitle() {
    }

    static Optional<String> of(Document doc) {
        String orig = PageMetadata.clean(doc.title());
        if (orig.isEmpty()) return Optional.empty();
        String cur = orig;
        boolean hierarchical = false;
        if (SEPARATOR.matcher(cur).find()) {
            hierarchical = HIERARCHICAL.matcher(cur).find();
            cur = orig.replaceAll("(.*)[|\\-–—\\\\/>»] .*", "$1");
            if (words(cur) < 3) cur = orig.replaceAll("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»](.*)", "$1");
        } else if (cur.contains(": ")) {
            String whole = cur;
            boolean heading = doc.select("h1, h2").stream().anyMatch(h -> PageMetadata.clean(h.text()).equals(whole));
            if (!heading) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (words(cur) < 3) cur = orig.substring(orig.indexOf(':') + 1);
                else if (words(orig.substring(0, orig.indexOf(':'))) > 5) cur = orig;
            }
        } else if (cur.length() > 150 || cur.length() < 15) {
            Elements h1 = doc.select("h1");
            if (h1.size() == 1) cur = h1.get(0).text();
        }
        cur = PageMetadata.clean(cur);
        int n = words(cur);
        if (n <= 4 && (!hierarchical || n != words(orig.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) cur = orig;
        return Optional.of(cur);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
