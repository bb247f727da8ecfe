package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.NewsKgConfig;
import org.newskg.export.RdfFormat;
import org.newskg.model.Extraction;
import org.newskg.read.ArticleInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newskg extract}: one article to RDF on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract one article (HTML or plain text) to RDF on standard output.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE", description = "An HTML or text file, an http(s) URL, or - for standard input.")
    String article;
    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date when the article gives none.")
    String published;
    @Option(names = "--url", description = "The article's URL when the input does not give it.")
    String url;
    @Option(names = "--format", defaultValue = "turtle", description = "turtle, ntriples, rdfxml, jsonld, trig or nquads (default: ${DEFAULT-VALUE}).")
    RdfFormat format;
    @picocli.CommandLine.Mixin
    RecognizerOption recognizer = new RecognizerOption();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewsKgConfig config = Options.config(published, url);
        // the input first: a file that cannot be read is refused before the pipeline is built
        ArticleInput input = Inputs.read(article, Optional.ofNullable(url), config.maxInputBytes());
        NewsKg kg = recognizer.apply(NewsKg.builder().config(config)).build();
        Extraction x = kg.process(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kg.write(x, format, out);
        spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        Problems.report(spec.commandLine().getErr(), article, x.diagnostics());
        return 0;
    }
}
