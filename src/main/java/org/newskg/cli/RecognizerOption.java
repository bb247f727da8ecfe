package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.mention.ContextMentionRecognizer;
import org.newskg.mention.TypedMentionRecognizer;
import org.newskg.text.Lexicons;
import picocli.CommandLine.Option;

/** {@code --recognizer} and {@code --deals}: how names are found and typed, and how deals are read. */
final class RecognizerOption {
    /** The recognizers. */
    enum Kind { rules, model }

    @Option(names = "--recognizer", defaultValue = "${env:NEWSKG_RECOGNIZER:-rules}", paramLabel = "rules|model",
            description = "How names are typed: rules (the rules alone) or model (the rules' names, their kinds decided "
                    + "with the learned span typer over a pretrained encoder; slower). Default: ${DEFAULT-VALUE} "
                    + "(the environment variable NEWSKG_RECOGNIZER sets it).")
    Kind kind;

    /** How deals are read. */
    enum Deals { triggers, meaning }

    @Option(names = "--deals", defaultValue = "${env:NEWSKG_DEALS:-triggers}", paramLabel = "triggers|meaning",
            description = "How deals are read: triggers (deal words and the clause around them) or meaning (the "
                    + "triggers' deals, less those whose sentences the learned deal-sentence detector over the "
                    + "pretrained encoder is sure report none; slower). Default: "
                    + "${DEFAULT-VALUE} (the environment variable NEWSKG_DEALS sets it).")
    Deals deals;

    /** The builder with this recognizer and way of reading deals. */
    NewsKg.Builder apply(NewsKg.Builder b) {
        b.dealsByMeaning(deals == Deals.meaning);
        return b.recognizer(kind == Kind.rules ? new ContextMentionRecognizer(Lexicons.standard()) : new TypedMentionRecognizer(Lexicons.standard()));
    }
}
