package org.newskg.mention;

/**
 * The one scale of type evidence that the rule-based recognizer gives a name: a weight is how much one cue says
 * that a name is of one type. The weights of all cues for a name are added per type, the sum is the confidence of
 * the name's mention of that type, and the resolver adds the confidences of all mentions of an entity before it
 * picks the type with most. So {@link #CERTAIN} means the cue alone decides ("Inc." at the end of a name), the
 * middle of the scale ({@link #MODERATE}) is what one ordinary context cue is worth ("X said it"), and the weights
 * below {@link #WEAK} only tip a balance. A statistical recognizer beside the rules gives probabilities on the same
 * scale, from 0 to 1.
 */
final class Weight {
    static final double CERTAIN = 1.0;
    static final double NEAR_CERTAIN = 0.9;
    static final double VERY_STRONG = 0.8;
    static final double STRONG = 0.7;
    static final double GOOD = 0.6;
    static final double MODERATE = 0.5;
    static final double FAIR = 0.45;
    static final double SOME = 0.4;
    static final double MODEST = 0.35;
    static final double WEAK = 0.3;
    static final double SLIGHT = 0.25;
    static final double FAINT = 0.2;
    static final double VERY_FAINT = 0.15;
    static final double TRACE = 0.1;
    /** A name with no cue at all, typed by its shape alone ("iPod", "X200"), in running text. */
    static final double SHAPE_ONLY = 0.12;

    private Weight() {
    }
}
