package org.newskg.extract;

import org.newskg.extract.EntityIndex.Ref;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.Description;
import org.newskg.model.EntityType;
import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;
import org.newskg.text.TitleFinder.TitleMatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Phrases that describe a named entity by the organization it belongs to: an organization and a title before or
 * after a person ("Globex CEO Jane Roe", "Jane Roe, Globex's chief executive,") describe the person; an organization's
 * possessive before a product ("Initech's X200") makes, with it, one phrase for the product.
 */
public final class DescriptionExtractor implements FactExtractor<List<Description>> {
    /** How many tokens a title may take. */
    private static final int TITLE_WORDS = 8;
    private final TitleFinder titles;

    public DescriptionExtractor(Lexicons lex) {
        this.titles = new TitleFinder(lex);
    }

    @Override
    public List<Description> extract(ExtractionInput input) {
        AnnotatedText text = input.text();
        Set<Span> named = new HashSet<>();
        input.index().entities().forEach(e -> e.mentions().forEach(m -> named.add(m.span())));
        List<Description> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.kind() == BlockKind.BOILERPLATE) continue;
            List<Token> toks = text.tokens(s.index());
            List<Ref> refs = input.index().in(s.index());
            for (Ref r : refs) {
                int first = RelationTokens.tokenAt(toks, r.mention().span().begin());
                int last = RelationTokens.tokenAt(toks, r.mention().span().end() - 1);
                if (first < 0 || last < 0) continue;
                Optional<Span> span = switch (r.type()) {
                    case PERSON -> titleBefore(toks, refs, first).or(() -> titleAfter(toks, refs, last));
                    case PRODUCT -> possessor(toks, refs, first).map(o -> new Span(o.begin(), r.mention().span().end()));
                    default -> Optional.empty();
                };
                span.filter(sp -> !named.contains(sp)).ifPresent(sp ->
                        found.add(new Description(sp, text.article().text().substring(sp.begin(), sp.end()), r.key(), s.index())));
            }
        }
        return found;
    }

    /** "Globex CEO Jane Roe", "Globex's former chief executive Jane Roe": the organization and the title. */
    private Optional<Span> titleBefore(List<Token> toks, List<Ref> refs, int person) {
        for (int i = Math.max(0, person - TITLE_WORDS); i < person; i++) {
            Optional<TitleMatch> t = titles.at(toks, i);
            if (t.isPresent() && t.get().end() == person) {
                int k = possessiveBefore(toks, t.get().start());
                Optional<Span> org = organizationEndingAt(toks, refs, k - 1);
                if (org.isPresent()) return Optional.of(new Span(org.get().begin(), toks.get(person - 1).span().end()));
            }
        }
        return Optional.empty();
    }

    /** "Jane Roe, Globex CEO, said", "Jane Roe, Globex's chief executive.": the organization and the title. */
    private Optional<Span> titleAfter(List<Token> toks, List<Ref> refs, int person) {
        int k = person + 1;
        if (k >= toks.size() || !toks.get(k).text().equals(",")) return Optional.empty();
        Optional<Ref> org = refs.stream().filter(r -> r.type() == EntityType.ORGANIZATION
                && RelationTokens.tokenAt(toks, r.mention().span().begin()) == k + 1).findFirst();
        if (org.isEmpty()) return Optional.empty();
        int t = RelationTokens.tokenAt(toks, org.get().mention().span().end() - 1) + 1;
        if (t + 1 < toks.size() && isPossessive(toks.get(t))) t++;
        Optional<TitleMatch> title = titles.at(toks, t);
        if (title.isEmpty()) return Optional.empty();
        int end = title.get().end();
        if (end < toks.size() && !toks.get(end).text().matches("[,.;]")) return Optional.empty();
        return Optional.of(new Span(org.get().mention().span().begin(), toks.get(end - 1).span().end()));
    }

    /** "Initech's X200": the organization whose possessive comes right before the product. */
    private static Optional<Span> possessor(List<Token> toks, List<Ref> refs, int product) {
        int k = possessiveBefore(toks, product);
        return k == product ? Optional.empty() : organizationEndingAt(toks, refs, k - 1);
    }

    /** The token the possessive before {@code i} starts at, or {@code i} when there is none. */
    private static int possessiveBefore(List<Token> toks, int i) {
        if (i >= 1 && isPossessive(toks.get(i - 1))) return i - 1;
        if (i >= 2 && toks.get(i - 1).text().equalsIgnoreCase("s") && isApostrophe(toks.get(i - 2))
                && toks.get(i - 2).span().end() == toks.get(i - 1).span().begin()) return i - 2;
        return i;
    }

    private static boolean isPossessive(Token t) {
        String s = t.text();
        return s.length() == 2 && isApostrophe(s.charAt(0)) && (s.charAt(1) == 's' || s.charAt(1) == 'S');
    }

    private static boolean isApostrophe(Token t) {
        return t.text().length() == 1 && isApostrophe(t.text().charAt(0));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * The organization mention whose last token is {@code k}, or the token before a period the name does not keep
     * ("Globex Inc" in "Globex Inc. CEO").
     */
    private static Optional<Span> organizationEndingAt(List<Token> toks, List<Ref> refs, int k) {
        if (k < 0) return Optional.empty();
        if (k >= 1 && toks.get(k).text().equals(".") && toks.get(k - 1).span().end() == toks.get(k).span().begin()) {
            Optional<Span> before = organizationEndingAt(toks, refs, k - 1);
            if (before.isPresent()) return before;
        }
        for (Ref r : refs) {
            if (r.type() == EntityType.ORGANIZATION && r.mention().span().end() == toks.get(k).span().end()) {
                return Optional.of(r.mention().span());
            }
        }
        return Optional.empty();
    }
}
