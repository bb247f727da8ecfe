package org.newskg.text;

import org.newskg.lang.Language;
import org.newskg.model.Article;
import org.newskg.model.Block;
import org.newskg.model.Sentence;
import org.newskg.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits each block of an article into sentences at '.', '!' and '?' (with closing quotes and brackets), except
 * after abbreviations, initials and inside numbers. Sentences never cross a block boundary.
 */
public final class SentenceSplitter {
    /** The longest sentence kept whole, in characters; real sentences are far shorter. */
    static final int MAX_SENTENCE = 1000;
    private final Lexicon abbreviations = Lexicon.load("abbreviations", false);

    /** @return sentences in text order, numbered from 0 */
    public List<Sentence> split(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        for (Block block : article.blocks()) {
            int start = block.span().begin();
            int end = block.span().end();
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?' || c == '…') && isBoundary(text, start, i, end)) {
                    int j = i + 1;
                    while (j < end && ".!?…\"”’')]".indexOf(text.charAt(j)) >= 0) j++;
                    add(out, text, start, j, block);
                    start = j;
                    i = j;
                } else {
                    i++;
                }
            }
            add(out, text, start, end, block);
        }
        return out;
    }

    private boolean isBoundary(String text, int sentStart, int i, int end) {
        int j = i + 1;
        while (j < end && ".!?…\"”’')]".indexOf(text.charAt(j)) >= 0) j++;
        if (j >= end) return false; // the block end closes the sentence anyway
        if (!Character.isWhitespace(text.charAt(j))) return false;
        int k = j;
        while (k < end && Character.isWhitespace(text.charAt(k))) k++;
        if (k >= end) return false;
        char next = text.charAt(k);
        if (text.charAt(i) != '.') {
            return Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(".indexOf(next) >= 0;
        }
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(".indexOf(next) >= 0)) return false;
        // the word before the period
        int w = i;
        while (w > sentStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        String word = text.substring(w, i).replaceAll("^[\"“‘'(]+", "");
        if (word.isEmpty()) return true;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // initial: "George W. Bush"
        if (word.matches("(\\p{L}\\.)+\\p{L}")) return isAbbrevEnd(text, k); // U.S. , e.g.
        return !abbreviations.contains(word);
    }

    private static final java.util.Set<String> SENTENCE_OPENERS = Language.english().tagged("lexicon/function-words", "sentence-opener");

    /** After "U.S." a capitalized function word starts a new sentence; a name does not. */
    private static boolean isAbbrevEnd(String text, int k) {
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        String next = text.substring(k, e);
        return SENTENCE_OPENERS.contains(next);
    }

    /**
     * Adds the sentence [b, e), cut at white space into pieces of at most {@link #MAX_SENTENCE} characters: text
     * without punctuation (a pasted table, a run-on page) must not become one huge sentence, which every later
     * stage would pay for.
     */
    private static void add(List<Sentence> out, String text, int b, int e, Block block) {
        while (b < e) {
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            int end = e;
            if (end - b > MAX_SENTENCE) {
                end = b + MAX_SENTENCE;
                int cut = end;
                while (cut > b + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(cut))) cut--;
                end = cut > b + MAX_SENTENCE / 2 ? cut : end;
            }
            int stop = end;
            while (stop > b && Character.isWhitespace(text.charAt(stop - 1))) stop--;
            if (stop > b) {
                out.add(new Sentence(out.size(), new Span(b, stop), text.substring(b, stop), block.kind()));
            }
            b = end;
        }
    }
}
