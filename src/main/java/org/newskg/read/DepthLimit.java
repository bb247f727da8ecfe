package org.newskg.read;

import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Flattens what lies deeper than {@link #MAX_DEPTH} elements: real pages nest a few dozen levels, hostile or
 * broken ones tens of thousands, which would exhaust the stack of any recursive walk. Below the limit an element
 * keeps its text and loses its inner markup.
 */
final class DepthLimit {
    static final int MAX_DEPTH = 200;

    private DepthLimit() {
    }

    static void apply(Element root) {
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int d = depths.pop();
            if (d >= MAX_DEPTH) {
                if (!e.children().isEmpty()) {
                    String text = e.text();
                    e.empty();
                    e.appendText(text);
                }
                continue;
            }
            for (Element c : e.children()) {
                stack.push(c);
                depths.push(d + 1);
            }
        }
    }
}
