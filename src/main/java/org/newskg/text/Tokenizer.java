package org.newskg.text;

import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into tokens: URLs, e-mail addresses, numbers ("5.2", "1,000"), words with inner hyphens,
 * dots and apostrophes ("X-5.2", "U.S", "co-founder", "O'Brien"), the possessive "'s" as its own token, and
 * every other non-space character alone.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "https?://[^\\s\"”)<>]+[^\\s\"”)<>.,;:!?]"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
                    + "|\\d+(?:[.,]\\d+)*(?:\\p{L}+(?![\\p{L}\\p{N}]))?"
                    + "|\\p{L}[\\p{L}\\p{N}\\p{M}]*(?:(?:[-.&]|['’](?!s\\b)(?=\\p{L}))[\\p{L}\\p{N}]+)*(?:\\.(?=\\p{L}\\.))?"
                    + "|['’]s\\b"
                    + "|\\S");

    /** @return the tokens of the sentence, in order, with spans into the article text */
    public List<Token> tokenize(Sentence sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence.text());
        int base = sentence.span().begin();
        while (m.find()) {
            out.add(new Token(new Span(base + m.start(), base + m.end()), m.group(), sentence.index()));
        }
        return out;
    }
}
