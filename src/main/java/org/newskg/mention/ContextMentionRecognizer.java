package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.text.EnglishWords;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.newskg.mention.MentionCues.*;

/**
 * Finds names as runs of capitalized tokens (with numbers, "&amp;", "of" and name particles inside) and weighs,
 * for each, the evidence that it names a person, an organization or a product: its own shape (given name, company
 * suffix, version number), the words around it ("startup X", "X said", "X, CEO of Y", "Y's X", "a tool called X")
 * and the block it is in (bylines, photo credits). Every type with evidence yields a mention whose confidence is
 * that evidence; the resolver sums them over all mentions of an entity.
 */
public final class ContextMentionRecognizer implements MentionRecognizer {
    private final Lexicons lex;
    private final NameChunker chunker;
    private final NonNames nonNames;
    /** Parts of speech a name does not have: adjectives, adverbs, verbs, determiners, prepositions. */
    private static final java.util.regex.Pattern COMMON_NOUN = java.util.regex.Pattern.compile("NNS?");
    private static final java.util.regex.Pattern OPENER_TAGS = java.util.regex.Pattern.compile("JJ[RS]?|RB[RS]?|VB[DGNPZ]?|DT|IN|PDT");
    private final ShapeEvidence shapes;
    private final LeftEvidence left;
    private final RightEvidence right;
    private final KnownNames known = KnownNames.bundled();

    public ContextMentionRecognizer(Lexicons lex) {
        this.lex = lex;
        TitleFinder titles = new TitleFinder(lex);
        this.chunker = new NameChunker(lex, titles);
        this.nonNames = new NonNames(lex, titles);
        this.shapes = new ShapeEvidence(lex);
        this.left = new LeftEvidence(lex, chunker);
        this.right = new RightEvidence(lex, titles);
    }

    @Override
    public List<Mention> recognize(AnnotatedText text) {
        DocumentStats stats = new DocumentStats(text);
        List<Mention> out = new ArrayList<>();
        Set<String> shaped = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            if (s.kind() == BlockKind.BOILERPLATE) continue;
            List<Token> toks = text.tokens(s.index());
            boolean headline = s.kind() == BlockKind.TITLE || s.kind() == BlockKind.HEADING || chunker.isTitleCase(toks);
            boolean[] titleTok = chunker.titleTokens(toks);
            int i = 0;
            while (i < toks.size()) {
                // "Home Depot": a name the world knows, where the chunker would cut it short
                int k = titleTok[i] || lex.functionWords().contains(toks.get(i).text()) ? 0 : known.longestAt(text.text(), toks, i);
                if (k >= 2 && (!chunker.isNameToken(toks, i, stats, headline, titleTok)
                        || chunker.extend(toks, i, stats, headline, titleTok) < i + k)) {
                    score(text, s, toks, i, i + k, titleTok, shaped, stats, out);
                    i += k;
                    continue;
                }
                int place = nonNames.locationAt(toks, i);
                if (place > 0 && (i + place >= toks.size() || !chunker.isNameToken(toks, i + place, stats, headline, titleTok))) {
                    i += place; // "New York City officials": a place, even where its first word opens a sentence
                    continue;
                }
                if (NAME_CONTINUERS.contains(toks.get(i).text()) && i + 1 < toks.size()
                        && chunker.isNameToken(toks, i + 1, stats, headline, titleTok)
                        && toks.get(i + 1).text().matches("\\p{Lu}")) {
                    // "OS X Prairie": a continuing acronym opens a name when a one-letter version follows
                    int j = chunker.extend(toks, i, stats, headline, titleTok);
                    score(text, s, toks, i, j, titleTok, shaped, stats, out);
                    i = j;
                    continue;
                }
                if (!chunker.isNameToken(toks, i, stats, headline, titleTok)) {
                    // "American Airlines", "British Airways": a nationality or direction opens a company's name
                    if (ADJECTIVAL.contains(toks.get(i).text()) && i + 1 < toks.size()
                            && chunker.isNameToken(toks, i + 1, stats, headline, titleTok)) {
                        int j = chunker.extend(toks, i, stats, headline, titleTok);
                        if (lex.orgSuffixes().contains(toks.get(j - 1).text()) && j - i >= 2) {
                            score(text, s, toks, i, j, titleTok, shaped, stats, out);
                            i = j;
                            continue;
                        }
                    }
                    i++;
                    continue;
                }
                int j = chunker.extend(toks, i, stats, headline, titleTok);
                int end = NameChunker.flightEnd(toks, i, j);
                int person = chunker.personInside(toks, i, end);
                // "General Jane Doe", "Navy Secretary … James Roe": a rank or an organization before a person
                if (person > i && !NameChunker.allRanks(toks, i, person)) score(text, s, toks, i, person, titleTok, shaped, stats, out);
                score(text, s, toks, person, end, titleTok, shaped, stats, out);
                i = j;
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private void score(AnnotatedText text, Sentence sentence, List<Token> toks, int i, int j, boolean[] titleTok,
                       Set<String> shaped, DocumentStats stats, List<Mention> out) {
        boolean quoted = false;
        Span span = new Span(toks.get(i).span().begin(), toks.get(j - 1).span().end());
        if (i > 0 && j < toks.size() && QUOTES.contains(toks.get(i - 1).text()) && QUOTES.contains(toks.get(j).text())
                || j + 1 < toks.size() && i > 0 && QUOTES.contains(toks.get(i - 1).text()) && toks.get(j).text().equals(",")
                && QUOTES.contains(toks.get(j + 1).text())) {
            quoted = true;
        }
        if (j <= i) return;
        String surface = span.of(text.text());
        if (lex.locations().contains(surface) || surface.length() < 2) return;
        if (NonNames.isPlace(toks, i, j) || nonNames.listedWithPlace(toks, i, j) || EVENT_HEADS.contains(toks.get(j - 1).text())) return;
        if (nonNames.peoples(toks, i, j)) return;
        // "Norway 3", "Freedonia 10": a place with a rank or score
        if (lex.locations().contains(toks.get(i).text()) && NUMBER.matcher(toks.get(j - 1).text()).matches()
                && (j - i == 2)) return;
        // "Normally, …": an opening word set off by a comma and never capitalized inside a sentence
        if (j - i == 1 && i <= DocumentStats.firstWord(toks) && word(toks, j).equals(",")
                && stats.capsInside(surface) == 0 && surface.matches("\\p{Lu}\\p{Ll}+")) return;
        // "Global stock markets", "Foreign investors": an opening word the tagger reads as an adjective, adverb or
        // verb, before a common noun, is that word capitalized, not a name; before a word that follows companies'
        // names ("Freedonian shares") only when it is an English word ("Foreign investors") or another common noun
        // follows ("Global stock markets")
        if (j - i == 1 && i <= DocumentStats.firstWord(toks) && OPENER_TAGS.matcher(toks.get(i).pos()).matches()
                && commonNounAfter(toks, j) && stats.capsInside(surface) == 0) return;
        if (j - i >= 2 && surface.matches("[\\p{Lu}\\d .'’-]+") && surface.replaceAll("[^\\p{Lu}]", "").length() > 6) {
            return; // a shouted line (byline or heading in capitals), not a name we can type
        }
        Map<EntityType, Double> w = new EnumMap<>(EntityType.class);
        // the shape of a name is one piece of evidence however often the name is repeated
        Map<EntityType, Double> context = new EnumMap<>(EntityType.class);
        left.leftContext(sentence, toks, i, j - i, context);
        right.rightContext(toks, j, j - i, LeftEvidence.listStart(toks, i) < i, titleTok, context);
        // "the attack in Freedonia City": a lone word after "in" with nothing else to say for it is a place
        String before = word(toks, i - 1), before2 = word(toks, i - 2).toLowerCase(Locale.ROOT);
        if (context.values().stream().noneMatch(v -> v > 0) && j - i == 1 && PLACE_PREPOSITIONS.contains(before)
                && !word(toks, j).matches("['’]s?")
                && !LeftEvidence.investedBefore(toks, i - 1) && !JOB_NOUN.matcher(before2).matches()
                && !CAMEL_LOWER.matcher(surface).matches() && !INNER_CAPS.matcher(surface).matches()
                && !ACRONYM.matcher(surface).matches() && !surface.matches(".*\\d.*")) return;
        // "the Neon of the title", "Debt": a word the story also writes in lower case, with nothing here to make it
        // a name, is that word
        if (context.values().stream().noneMatch(v -> v > 0) && j - i == 1 && Character.isUpperCase(surface.charAt(0))
                && stats.lower(surface) > 0 && !lex.givenNames().contains(surface)
                && !quoted && !CAMEL_LOWER.matcher(surface).matches() && !INNER_CAPS.matcher(surface).matches()
                && !ACRONYM.matcher(surface).matches()) return;
        if (shaped.add(org.newskg.model.Names.slug(surface))) {
            shapes.shape(toks, i, j, surface, w, () -> stats.capsInside(surface));
            known.evidence(surface).forEach((t, v) -> add(w, t, v));
        }
        context.forEach((t, v) -> add(w, t, v));
        if (lex.givenNames().contains(surface) && w.getOrDefault(EntityType.PERSON, 0.0) > Weight.SOME) {
            add(w, EntityType.PERSON, Weight.FAINT);
        }
        if (quoted && j - i >= 2 && sentence.kind() == BlockKind.PARAGRAPH) add(w, EntityType.PRODUCT, Weight.SOME);
        w.values().removeIf(v -> v <= 0);
        if (w.isEmpty()) {
            // no evidence here, but the name still refers to whatever its other mentions make it; a name
            // capitalized inside a sentence again and again in business news is most often an organization, unless
            // its shape says otherwise ("iPod", "X200" are products)
            boolean inside = i > DocumentStats.firstWord(toks) && !isOpening(toks.get(i - 1));
            w.put(shapes.shapeType(toks, i, j, surface), inside && isParagraph(sentence) ? Weight.SHAPE_ONLY : 0.0);
        }
        for (Map.Entry<EntityType, Double> e : w.entrySet()) {
            out.add(new Mention(span, surface, e.getKey(), Math.min(Weight.CERTAIN, e.getValue()), sentence.index()));
        }
    }

    private boolean commonNounAfter(List<Token> toks, int j) {
        if (j >= toks.size() || !COMMON_NOUN.matcher(toks.get(j).pos()).matches() || !toks.get(j).text().matches("\\p{Ll}+")) {
            return false;
        }
        return !lex.orgContext().contains(toks.get(j).text()) || EnglishWords.contains(toks.get(j - 1).text().toLowerCase(Locale.ROOT))
                || j + 1 < toks.size() && COMMON_NOUN.matcher(toks.get(j + 1).pos()).matches();
    }
}
