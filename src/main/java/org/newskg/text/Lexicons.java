package org.newskg.text;

/**
 * The bundled lexicons of general words, loaded once. Immutable.
 *
 * @param titles          job titles ("ceo", "head", "co-founder")
 * @param titleModifiers  words that may precede a title ("senior", "former" is handled apart)
 * @param orgSuffixes     last words of organization names ("Inc", "Labs", "Group")
 * @param orgHeads        common nouns that introduce organizations ("startup", "firm")
 * @param orgContext      words that follow organization names ("shares", "executives")
 * @param productCues     common nouns that introduce or follow products ("model", "app")
 * @param speechVerbs     verbs of saying that follow people ("said", "told")
 * @param givenNames      common given names, case-sensitive
 * @param commonCaps      capitalized words that are never names alone ("AI", "Monday")
 * @param functionWords   common words that start sentences ("the", "meanwhile")
 * @param locations       place names
 */
public record Lexicons(Lexicon titles, Lexicon titleModifiers, Lexicon orgSuffixes, Lexicon orgHeads,
                       Lexicon orgContext, Lexicon productCues, Lexicon speechVerbs, Lexicon givenNames,
                       Lexicon commonCaps, Lexicon functionWords, Lexicon locations) {
    private static final Lexicons STANDARD = new Lexicons(Lexicon.load("titles", false),
            Lexicon.load("title-modifiers", false), Lexicon.load("org-suffixes", true), Lexicon.load("org-heads", false),
            Lexicon.load("org-context", false), Lexicon.load("product-cues", false), Lexicon.load("speech-verbs", false),
            Lexicon.load("given-names", true), Lexicon.load("common-caps", true), Lexicon.load("function-words", false),
            Lexicon.load("locations", false));

    /** The lexicons bundled with newskg. */
    public static Lexicons standard() {
        return STANDARD;
    }
}
