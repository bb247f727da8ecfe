package org.newskg.read;

import org.newskg.error.ArticleReadException;

/** Checks every reader applies before it decodes content: size and emptiness. */
final class InputCheck {
    private InputCheck() {
    }

    static void checkSize(ArticleInput input, long maxBytes) {
        if (input.bytes().length > maxBytes) {
            throw new ArticleReadException(input.origin() + ": input is " + Sizes.describe(input.bytes().length, maxBytes)
                    + ", larger than the limit of " + Sizes.describe(maxBytes, input.bytes().length) + " for one article");
        }
        if (input.bytes().length == 0) {
            throw new ArticleReadException(input.origin() + ": input is empty");
        }
    }
}
