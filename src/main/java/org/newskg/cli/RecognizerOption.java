package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.mention.ContextMentionRecognizer;
import org.newskg.mention.TypedMentionRecognizer;
import org.newskg.text.Lexicons;
import picocli.CommandLine.Option;

/** {@code --recognizer}: how names are found and typed. */
final class RecognizerOption {
    /** The recognizers. */
    enum Kind { rules, model }

    @Option(names = "--recognizer", defaultValue = "${env:NEWSKG_RECOGNIZER:-rules}", paramLabel = "rules|model",
            description = "How names are typed: rules (the rules alone) or model (the rules' names, their kinds decided "
                    + "with the learned span typer over a pretrained encoder; slower). Default: ${DEFAULT-VALUE} "
                    + "(the environment variable NEWSKG_RECOGNIZER sets it).")
    Kind kind;

    /** The builder with this recognizer. */
    NewsKg.Builder apply(NewsKg.Builder b) {
        return b.recognizer(kind == Kind.rules ? new ContextMentionRecognizer(Lexicons.standard()) : new TypedMentionRecognizer(Lexicons.standard()));
    }
}
