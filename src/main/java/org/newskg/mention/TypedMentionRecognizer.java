package org.newskg.mention;

import org.newskg.encode.Classifier;
import org.newskg.encode.Encoder;
import org.newskg.lang.Language;
import org.newskg.model.AnnotatedText;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules' names, typed again by the learned span typer: the rules decide what is a name and how much evidence
 * it has, the typer helps decide its kind. Every span the rules found is encoded in its sentence (all of an
 * article's sentences with a name in one call) and its evidence, the sum {@code R} of the rules' confidences, is
 * shared out again over the kinds: {@code λ·rules(t) + (1 − λ)·R·typer(t)}, where {@code typer(t)} is the typer's
 * probability of kind {@code t} among the three kinds.
 */
public final class TypedMentionRecognizer implements MentionRecognizer {
    /** The rules' share of a mention's confidence. */
    static final double RULES_SHARE = 0.5;
    private static final EntityType[] KINDS = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PRODUCT};
    private static final String[] CLASS_OF = {"person", "organization", "product"};
    private static volatile Classifier bundledModel;
    private final MentionRecognizer rules;
    private final SpanFeatures features;
    private final Classifier model;
    private final Encoder encoder;
    private final double rulesShare;
    /** Where each of {@link #KINDS} stands among the model's classes. */
    private final int[] classIndex = new int[KINDS.length];

    public TypedMentionRecognizer(Lexicons lex) {
        this(new ContextMentionRecognizer(lex), lex, bundledModel(), Encoder.bundled(), RULES_SHARE);
    }

    TypedMentionRecognizer(MentionRecognizer rules, Lexicons lex, Classifier model, Encoder encoder, double rulesShare) {
        this.rules = rules;
        this.features = new SpanFeatures(lex);
        this.model = model;
        this.encoder = encoder;
        this.rulesShare = rulesShare;
        for (int k = 0; k < KINDS.length; k++) classIndex[k] = model.classes().indexOf(CLASS_OF[k]);
    }

    /** The typer bundled with newskg ({@code lang/en/mention/span-typer.tsv.gz}, made by {@code newskg train spans}). */
    static Classifier bundledModel() {
        Classifier m = bundledModel;
        if (m != null) return m;
        synchronized (TypedMentionRecognizer.class) {
            if (bundledModel == null) bundledModel = Classifier.read(Language.english(), "mention/span-typer.tsv.gz");
            return bundledModel;
        }
    }

    @Override
    public List<Mention> recognize(AnnotatedText text) {
        List<Mention> found = rules.recognize(text);
        Map<Span, List<Mention>> bySpan = new LinkedHashMap<>();
        for (Mention m : found) bySpan.computeIfAbsent(m.span(), s -> new ArrayList<>()).add(m);
        TreeMap<Integer, Integer> sentences = new TreeMap<>();
        for (Mention m : found) sentences.putIfAbsent(m.sentence(), sentences.size());
        List<List<String>> words = new ArrayList<>();
        for (int s : sentences.keySet()) words.add(text.tokens(s).stream().map(Token::text).toList());
        List<Encoder.Encoded> enc = words.isEmpty() ? List.of() : encoder.encode(words);
        List<Mention> out = new ArrayList<>();
        for (List<Mention> same : bySpan.values()) {
            Mention first = same.get(0);
            List<Token> toks = text.tokens(first.sentence());
            int i = -1, j = -1;
            for (int k = 0; k < toks.size(); k++) {
                if (toks.get(k).span().begin() == first.span().begin()) i = k;
                if (toks.get(k).span().end() == first.span().end()) j = k + 1;
            }
            if (i < 0 || j <= i) {
                out.addAll(same);
                continue;
            }
            int s = sentences.get(first.sentence());
            double[] p = model.probabilities(features.of(words.get(s), enc.get(s), i, j));
            Map<EntityType, Double> rule = new EnumMap<>(EntityType.class);
            for (Mention m : same) rule.merge(m.type(), m.confidence(), Math::max);
            double mass = rule.values().stream().mapToDouble(Double::doubleValue).sum();
            double kinds = 0;
            for (int k = 0; k < KINDS.length; k++) kinds += p[classIndex[k]];
            for (int k = 0; k < KINDS.length; k++) {
                // the rules' evidence, shared out again: λ as the rules share it, 1 − λ as the typer does
                double typer = kinds > 0 ? p[classIndex[k]] / kinds : 0;
                double c = rulesShare * rule.getOrDefault(KINDS[k], 0.0) + (1 - rulesShare) * mass * typer;
                if (c >= 0.01) out.add(new Mention(first.span(), first.surface(), KINDS[k], Math.min(1.0, c), first.sentence()));
            }
        }
        return out;
    }
}
