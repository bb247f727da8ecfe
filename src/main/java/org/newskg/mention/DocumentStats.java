package org.newskg.mention;

import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How each word is written across the article: capitalized inside a sentence (a sign of a name) or in lower case
 * (a sign of a common word). Used to read sentence-initial and headline capitals.
 */
final class DocumentStats {
    private final Map<String, Integer> capsInside = new HashMap<>();
    private final Map<String, Integer> lower = new HashMap<>();

    DocumentStats(AnnotatedText text) {
        for (int s = 0; s < text.sentences().size(); s++) {
            BlockKind kind = text.sentences().get(s).kind();
            if (kind == BlockKind.BOILERPLATE || kind == BlockKind.TITLE || kind == BlockKind.HEADING) continue;
            List<Token> toks = text.tokens(s);
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (!t.wordLike()) continue;
                String key = t.text().toLowerCase(Locale.ROOT);
                if (t.capitalized()) {
                    if (i > firstWord(toks)) capsInside.merge(key, 1, Integer::sum);
                } else {
                    lower.merge(key, 1, Integer::sum);
                }
            }
        }
    }

    static int firstWord(List<Token> toks) {
        int i = 0;
        while (i < toks.size() && !toks.get(i).wordLike()) i++;
        return i;
    }

    int capsInside(String word) {
        return capsInside.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    int lower(String word) {
        return lower.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }
}
