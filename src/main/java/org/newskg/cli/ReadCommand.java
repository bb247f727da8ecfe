package org.newskg.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newskg.NewsKgConfig;
import org.newskg.error.NewsKgException;
import org.newskg.export.Json;
import org.newskg.model.Article;
import org.newskg.read.SniffingArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newskg read}: print what the extractor sees of an article. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Print what newskg reads from an article: its body text, or (--format json) its metadata and body.")
final class ReadCommand implements Callable<Integer> {
    /** Output of the read command. */
    enum Format { TEXT, JSON }

    @Parameters(paramLabel = "ARTICLE", description = "An HTML or text file, an http(s) URL, or - for standard input.")
    String article;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewsKgConfig config = NewsKgConfig.defaults();
        Article a = SniffingArticleReader.of(config.maxInputBytes())
                .read(Inputs.read(article, Optional.empty(), config.maxInputBytes()));
        String body = a.body();
        if (format == Format.TEXT) {
            spec.commandLine().getOut().println(body);
        } else {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("title", a.title().orElse(null));
            ArrayNode authors = o.putArray("authors");
            a.authors().forEach(authors::add);
            o.put("published", a.published().orElse(null));
            o.put("date", a.date().map(Object::toString).orElse(null));
            o.put("url", a.url().orElse(null));
            o.put("site", a.site().orElse(null));
            o.put("language", a.language().orElse(null));
            o.put("body", body);
            try {
                spec.commandLine().getOut().println(Json.mapper().writeValueAsString(o));
            } catch (JsonProcessingException e) {
                throw new NewsKgException("cannot write JSON: " + e.getMessage(), e);
            }
        }
        spec.commandLine().getOut().flush();
        Problems.report(spec.commandLine().getErr(), article, a.diagnostics());
        return 0;
    }
}
