package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists, patterns and small token helpers that the parts of {@link ContextMentionRecognizer} share.
 */
final class MentionCues {
    private MentionCues() {
    }

    static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d+)?[a-z]?");
    static final Pattern VERSIONED = Pattern.compile("[a-z]\\d+[a-z]?(?:-[a-z]+)?");
    /** Lower-case brand names with a digit inside: "ad4reach", "web3labs". */
    static final Pattern LOWER_BRAND = Pattern.compile("[a-z]{2,}\\d+[a-z]{2,}");
    static final Pattern CAMEL_LOWER = Pattern.compile("[a-z]{1,2}[A-Z][\\p{L}\\p{N}]+");
    static final Pattern INNER_CAPS = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{N}]+\\p{Lu}[\\p{L}\\p{N}]*|\\p{Lu}{2,}\\p{Ll}+[\\p{L}]*");
    static final Pattern CONTRACTION = Pattern.compile("\\p{L}+['’](?:ve|re|ll|m|d|t)", Pattern.CASE_INSENSITIVE);
    static final Pattern HEX = Pattern.compile("x[0-9A-Fa-f]{2,4}");
    /** Words for peoples and creeds: "Freedonian officials", "Freedonians", "Loyalists". */
    static final Pattern DEMONYM = Language.english().pattern("mention/patterns", "demonym");
    static final Pattern GROUP_PLURAL = Language.english().pattern("mention/patterns", "group-plural");
    static final Set<String> PLACE_PREPOSITIONS = Language.english().words("mention/place-prepositions");
    static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    /** "a job at", "her role with": the word before such an "at" or "with" is not a title. */
    static final Pattern JOB_NOUN = Language.english().pattern("mention/patterns", "job-noun");
    static final Set<String> HONORIFICS = Language.english().words("mention/honorifics");
    /** Ranks and offices written before a name ("General Jane Doe", "Justice John Roe"): not part of the name. */
    static final Set<String> RANKS = Language.english().words("mention/ranks");
    /** Head words of places: a name ending in one is a place, neither an organization nor a product. */
    static final Set<String> PLACE_HEADS = Language.english().words("mention/place-heads");
    /** Kinds of hardware that follow their maker's name ("Globex jets", "Initech laptops"). */
    static final Set<String> MAKER_CUES = Language.english().words("mention/maker-cues");
    static final Set<String> LEGAL_FORMS = Language.english().tagged("lexicon/org-suffixes", "legal-form");
    /** Head words of events: "Globex Summit" is neither the company nor a product. */
    static final Set<String> EVENT_HEADS = Language.english().words("mention/event-heads");
    /** Acronyms that are common words alone but go on a name they follow ("Mac OS X", "Acme TV"). */
    static final Set<String> NAME_CONTINUERS = Language.english().tagged("lexicon/common-caps", "name-continuer");
    static final Set<String> NAMING = Language.english().words("mention/naming");
    static final Set<String> PERSON_NOUNS = Language.english().words("mention/person-nouns");
    static final Set<String> WORK_AT = Language.english().words("mention/work-at");
    static final Set<String> HOLDS_TITLE = Language.english().words("mention/holds-title");
    static final Set<String> SHARED_TITLES = Language.english().words("mention/shared-titles");
    static final Set<String> COPULA_FILLERS = Language.english().words("relations/copula-fillers");
    static final Set<String> ORG_SUBJECT_VERBS = Language.english().words("mention/org-subject-verbs");
    static final Set<String> MIDDLE_STOP = Language.english().tagged("lexicon/function-words", "middle-stop");
    static final Set<String> DEAL_VERBS = Language.english().words("mention/deal-verbs");
    static final Set<String> DEAL_NOUNS = Language.english().words("mention/deal-nouns");
    static final Set<String> ORG_GROUPS = Language.english().words("mention/org-groups");
    /** Capitalized words that are not names alone but open or continue one ("Freedonia Eastern Airlines"). */
    static final Set<String> ADJECTIVAL = Language.english().tagged("lexicon/common-caps", "adjectival");
    static final Set<String> LIST_INTRO = Language.english().words("mention/list-intro");
    /** The cues of {@code mention/cues.tsv}: words beside a name, each with a type and a weight. */
    static final CueTable CUES = CueTable.load(Language.english(), "mention/cues");
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'");
    static final Set<String> NAME_PARTICLES = Language.english().words("mention/name-particles");
    static final Set<String> OF_HEADS = Language.english().words("mention/of-heads");

    static boolean isPunct(String s) {
        return s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0)) || s.equals("”") || s.equals("\"");
    }

    static String word(List<Token> toks, int k) {
        return k >= 0 && k < toks.size() ? toks.get(k).text() : "";
    }

    static boolean lowerWord(List<Token> toks, int k) {
        String t = toks.get(k).text();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    static boolean isParagraph(Sentence s) {
        return s.kind() == BlockKind.PARAGRAPH;
    }

    static void add(Map<EntityType, Double> w, EntityType t, double v) {
        w.merge(t, v, Double::sum);
    }

    static boolean isOpening(Token t) {
        return "\"“‘'(—–-:".contains(t.text());
    }

    static boolean hasLowerPart(String s) {
        String[] parts = s.split("-");
        for (int k = 1; k < parts.length; k++) {
            if (parts[k].length() > 2 && parts[k].chars().allMatch(Character::isLowerCase)) return true;
        }
        return false;
    }
}
