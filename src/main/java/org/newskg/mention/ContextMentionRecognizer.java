package org.newskg.mention;

import org.newskg.lang.Language;
import org.newskg.model.AnnotatedText;
import org.newskg.model.BlockKind;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Sentence;
import org.newskg.model.Span;
import org.newskg.model.Token;
import org.newskg.text.Lexicons;
import org.newskg.text.TitleFinder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names as runs of capitalized tokens (with numbers, "&amp;", "of" and name particles inside) and weighs,
 * for each, the evidence that it names a person, an organization or a product: its own shape (given name, company
 * suffix, version number), the words around it ("startup X", "X said", "X, CEO of Y", "Y's X", "a tool called X")
 * and the block it is in (bylines, photo credits). Every type with evidence yields a mention whose confidence is
 * that evidence; the resolver sums them over all mentions of an entity.
 */
public final class ContextMentionRecognizer implements MentionRecognizer {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d+)?[a-z]?");
    private static final Pattern VERSIONED = Pattern.compile("[a-z]\\d+[a-z]?(?:-[a-z]+)?");
    /** Lower-case brand names with a digit inside: "ad4reach", "web3labs". */
    private static final Pattern LOWER_BRAND = Pattern.compile("[a-z]{2,}\\d+[a-z]{2,}");
    private static final Pattern CAMEL_LOWER = Pattern.compile("[a-z]{1,2}[A-Z][\\p{L}\\p{N}]+");
    private static final Pattern INNER_CAPS = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{N}]+\\p{Lu}[\\p{L}\\p{N}]*|\\p{Lu}{2,}\\p{Ll}+[\\p{L}]*");
    private static final Pattern CONTRACTION = Pattern.compile("\\p{L}+['’](?:ve|re|ll|m|d|t)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX = Pattern.compile("x[0-9A-Fa-f]{2,4}");
    /** Words for peoples and creeds: "Freedonian officials", "Freedonians", "Loyalists". */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ean|ese|ish|yan|can|ran)");
    private static final Pattern GROUP_PLURAL = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ians|eans|ists)");
    private static final Set<String> PLACE_PREPOSITIONS = Language.english().words("mention/place-prepositions");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Set<String> HONORIFICS = Language.english().words("mention/honorifics");
    /** Ranks and offices written before a name ("General Jane Doe", "Justice John Roe"): not part of the name. */
    private static final Set<String> RANKS = Language.english().words("mention/ranks");
    /** Head words of places: a name ending in one is a place, neither an organization nor a product. */
    private static final Set<String> PLACE_HEADS = Language.english().words("mention/place-heads");
    /** Kinds of hardware that follow their maker's name ("Globex jets", "Initech laptops"). */
    private static final Set<String> MAKER_CUES = Language.english().words("mention/maker-cues");
    private static final Set<String> LEGAL_FORMS = Language.english().words("mention/legal-forms");
    private static final Set<String> REPORTED = Language.english().words("mention/reported");
    /** Head words of events: "Globex Developers Conference" is neither the company nor a product. */
    private static final Set<String> EVENT_HEADS = Language.english().words("mention/event-heads");
    /** Acronyms that are common words alone but go on a name they follow ("Mac OS X", "Acme TV"). */
    private static final Set<String> NAME_CONTINUERS = Language.english().words("mention/name-continuers");
    private static final Set<String> CREDITS = Language.english().words("mention/credits");
    private static final Set<String> NAMING = Language.english().words("mention/naming");
    private static final Set<String> PERSON_NOUNS = Language.english().words("mention/person-nouns");
    private static final Set<String> WORK_AT = Language.english().words("mention/work-at");
    private static final Set<String> JOIN = Language.english().words("mention/join");
    private static final Set<String> DEAL_OBJECT_VERBS = Language.english().words("mention/deal-object-verbs");
    private static final Set<String> PRODUCT_OBJECT_VERBS = Language.english().words("mention/product-object-verbs");
    private static final Set<String> ORG_SUBJECT_VERBS = Language.english().words("mention/org-subject-verbs");
    private static final Set<String> MIDDLE_STOP = Language.english().words("mention/middle-stop");
    private static final Set<String> DEAL_VERBS = Language.english().words("mention/deal-verbs");
    private static final Set<String> DEAL_NOUNS = Language.english().words("mention/deal-nouns");
    private static final Set<String> ORG_GROUPS = Language.english().words("mention/org-groups");
    /** Capitalized words that are not names alone but open or continue one ("China Eastern Airlines"). */
    private static final Set<String> ADJECTIVAL = Language.english().words("mention/adjectival");
    private static final Set<String> LIST_INTRO = Language.english().words("mention/list-intro");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'");
    private static final Set<String> NAME_PARTICLES = Language.english().words("mention/name-particles");
    private static final Set<String> OF_HEADS = Language.english().words("mention/of-heads");

    private final Lexicons lex;
    private final TitleFinder titles;

    public ContextMentionRecognizer(Lexicons lex) {
        this.lex = lex;
        this.titles = new TitleFinder(lex);
    }

    @Override
    public List<Mention> recognize(AnnotatedText text) {
        DocumentStats stats = new DocumentStats(text);
        List<Mention> out = new ArrayList<>();
        Set<String> shaped = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            if (s.kind() == BlockKind.BOILERPLATE) continue;
            List<Token> toks = text.tokens(s.index());
            boolean headline = s.kind() == BlockKind.TITLE || s.kind() == BlockKind.HEADING || isTitleCase(toks);
            boolean[] titleTok = titleTokens(toks);
            int i = 0;
            while (i < toks.size()) {
                int place = locationAt(toks, i);
                if (place > 0 && (i + place >= toks.size() || !isNameToken(toks, i + place, stats, headline, titleTok))) {
                    i += place; // "New York City officials": a place, even where its first word opens a sentence
                    continue;
                }
                if (NAME_CONTINUERS.contains(toks.get(i).text()) && i + 1 < toks.size()
                        && isNameToken(toks, i + 1, stats, headline, titleTok)
                        && toks.get(i + 1).text().matches("\\p{Lu}")) {
                    // "OS X Prairie": a continuing acronym opens a name when a one-letter version follows
                    int j = extend(toks, i, stats, headline, titleTok);
                    score(text, s, toks, i, j, titleTok, shaped, stats, out);
                    i = j;
                    continue;
                }
                if (!isNameToken(toks, i, stats, headline, titleTok)) {
                    // "American Airlines", "British Airways": a nationality or direction opens a company's name
                    if (ADJECTIVAL.contains(toks.get(i).text()) && i + 1 < toks.size()
                            && isNameToken(toks, i + 1, stats, headline, titleTok)) {
                        int j = extend(toks, i, stats, headline, titleTok);
                        if (lex.orgSuffixes().contains(toks.get(j - 1).text()) && j - i >= 2) {
                            score(text, s, toks, i, j, titleTok, shaped, stats, out);
                            i = j;
                            continue;
                        }
                    }
                    i++;
                    continue;
                }
                int j = extend(toks, i, stats, headline, titleTok);
                int end = flightEnd(toks, i, j);
                int person = personInside(toks, i, end);
                // "General Jane Doe", "Air Force Secretary … James Roe": a rank or an organization before a person
                if (person > i && !allRanks(toks, i, person)) score(text, s, toks, i, person, titleTok, shaped, stats, out);
                score(text, s, toks, person, end, titleTok, shaped, stats, out);
                i = j;
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** The number of tokens of the longest known place name that starts at {@code i}; 0 when none does. */
    private int locationAt(List<Token> toks, int i) {
        if (!toks.get(i).capitalized()) return 0;
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int k = i; k < Math.min(toks.size(), i + 4); k++) {
            if (k > i) sb.append(' ');
            sb.append(toks.get(k).text());
            if (k > i && lex.locations().contains(sb.toString())) best = k - i + 1;
        }
        return best;
    }

    /** The first token of a person's name that closes the run {@code i..j} after other words, or {@code i}. */
    private int personInside(List<Token> toks, int i, int j) {
        for (int k = i + 1; k <= j - 2; k++) {
            if (!lex.givenNames().contains(toks.get(k).text())) continue;
            if (j - k > 3 || !(allRanks(toks, i, k) || k - i >= 2)) return i;
            for (int m = i; m < k; m++) {
                if (lex.givenNames().contains(toks.get(m).text())) return i;
            }
            for (int m = k; m < j; m++) {
                if (!toks.get(m).text().matches("\\p{Lu}[\\p{L}'’-]*|\\p{Lu}\\.?")) return i;
            }
            return lex.orgSuffixes().contains(toks.get(j - 1).text()) ? i : k;
        }
        return i;
    }

    private static boolean allRanks(List<Token> toks, int i, int j) {
        for (int k = i; k < j; k++) {
            if (!RANKS.contains(toks.get(k).text())) return false;
        }
        return true;
    }

    /** "Globex Air Flight 574": a flight is no product; the run ends before "Flight". */
    private static int flightEnd(List<Token> toks, int i, int j) {
        for (int k = i + 1; k + 1 < j; k++) {
            if (toks.get(k).text().equals("Flight") && Character.isDigit(toks.get(k + 1).text().charAt(0))) return k;
        }
        return j;
    }

    private boolean[] titleTokens(List<Token> toks) {
        boolean[] t = new boolean[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            var m = titles.at(toks, i);
            if (m.isPresent()) {
                for (int k = m.get().start(); k < m.get().end(); k++) t[k] = true;
            }
        }
        return t;
    }

    private boolean isTitleCase(List<Token> toks) {
        int words = 0, caps = 0;
        for (Token t : toks) {
            if (!t.wordLike() || t.text().length() < 4) continue;
            words++;
            if (t.capitalized()) caps++;
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    private boolean isNameToken(List<Token> toks, int i, DocumentStats stats, boolean headline, boolean[] titleTok) {
        Token t = toks.get(i);
        String s = t.text();
        if (!t.wordLike() || s.length() > 40) return false;
        boolean versioned = VERSIONED.matcher(s).matches();
        boolean camel = CAMEL_LOWER.matcher(s).matches() || LOWER_BRAND.matcher(s).matches();
        if (!t.capitalized() && !versioned && !camel) return false;
        if (lex.commonCaps().contains(s) || titleTok[i] && t.capitalized()) return false;
        if (s.length() > 2 && s.equals(s.toUpperCase(Locale.ROOT))
                && lex.commonCaps().contains(s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT))) return false;
        if (s.contains("-") && hasLowerPart(s)) return false;
        if (CONTRACTION.matcher(s).matches()) return false; // "I've", "We're"
        if (HEX.matcher(s).matches() && i > 0 && word(toks, i - 1).equals("\\")) return false; // "\\x08": a character code
        if (Character.isDigit(s.charAt(0))) return false;
        boolean special = camel || versioned || INNER_CAPS.matcher(s).matches() || s.matches(".*\\d.*");
        boolean initial = i <= DocumentStats.firstWord(toks) || i > 0 && isOpening(toks.get(i - 1));
        if (!special && (MIDDLE_STOP.contains(s) || (initial || headline) && lex.functionWords().contains(s))) {
            return false;
        }
        if (initial && !special && stats.capsInside(s) == 0 && stats.lower(s) > 0) return false;
        if (headline && !special && stats.capsInside(s) == 0) return false;
        return true;
    }

    private static boolean isOpening(Token t) {
        return "\"“‘'(—–-:".contains(t.text());
    }

    private static boolean hasLowerPart(String s) {
        String[] parts = s.split("-");
        for (int k = 1; k < parts.length; k++) {
            if (parts[k].length() > 2 && parts[k].chars().allMatch(Character::isLowerCase)) return true;
        }
        return false;
    }

    private int extend(List<Token> toks, int i, DocumentStats stats, boolean headline, boolean[] titleTok) {
        int j = i + 1;
        while (j < toks.size()) {
            Token t = toks.get(j);
            String s = t.text();
            boolean adjacent = t.span().begin() - toks.get(j - 1).span().end() <= 1;
            if (!adjacent) break;
            if (s.equals(toks.get(j - 1).text())) {
                break; // "ad4reach ad4reach": a logo's text before the name, not a longer name
            } else if (LEGAL_FORMS.contains(toks.get(j - 1).text()) && j - 1 > i) {
                break; // "Globex Inc Initech": a company's legal form ends its name
            } else if (isNameToken(toks, j, stats, headline, titleTok)) {
                j++;
            } else if (NAME_CONTINUERS.contains(s)) {
                j++; // "Mac OS X", "Acme TV"
            } else if (NUMBER.matcher(s).matches() && j > i) {
                j++;
            } else if (ADJECTIVAL.contains(s) && j + 1 < toks.size() && isNameToken(toks, j + 1, stats, headline, titleTok)
                    && toks.get(j + 1).span().begin() - t.span().end() <= 1) {
                j++; // "China Eastern Airlines", "Royal Dutch Shell"
            } else if ((s.equals("'s") || s.equals("’s")) && j + 1 < toks.size()
                    && toks.get(j + 1).text().matches(",|and|or")) {
                j++; // "Globex's, Initech and …": a brand with a possessive in its name, listed
                break;
            } else if ((s.equals("&") || s.equals("and") && ofName(toks, i, j))
                    && j + 1 < toks.size() && isNameToken(toks, j + 1, stats, headline, titleTok)) {
                j += 2;
            } else if (s.equals("of") && OF_HEADS.contains(toks.get(j - 1).text()) && j + 1 < toks.size()
                    && isNameToken(toks, j + 1, stats, headline, titleTok)) {
                j += 2;
            } else if (NAME_PARTICLES.contains(s) && j + 1 < toks.size() && isNameToken(toks, j + 1, stats, headline, titleTok)
                    && lex.givenNames().contains(toks.get(i).text())) {
                j += 2;
            } else if (s.equals(".") && toks.get(j - 1).text().length() == 1 && j + 1 < toks.size()
                    && isNameToken(toks, j + 1, stats, headline, titleTok)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** "Ministry of Science and Technology": an "of" name may go on with "and"; "Globex Group and Initech" may not. */
    private static boolean ofName(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (toks.get(k).text().equals("of")) return true;
        return false;
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
        if (isPlace(toks, i, j) || listedWithPlace(toks, i, j) || EVENT_HEADS.contains(toks.get(j - 1).text())) return;
        if (peoples(toks, i, j)) return;
        // "Norway 3", "Freedonia 10": a place with a rank or score
        if (lex.locations().contains(toks.get(i).text()) && NUMBER.matcher(toks.get(j - 1).text()).matches()
                && (j - i == 2)) return;
        // "Normally, …": an opening word set off by a comma and never capitalized inside a sentence
        if (j - i == 1 && i <= DocumentStats.firstWord(toks) && word(toks, j).equals(",")
                && stats.capsInside(surface) == 0 && surface.matches("\\p{Lu}\\p{Ll}+")) return;
        if (j - i >= 2 && surface.matches("[\\p{Lu}\\d .'’-]+") && surface.replaceAll("[^\\p{Lu}]", "").length() > 6) {
            return; // a shouted line (byline or heading in capitals), not a name we can type
        }
        Map<EntityType, Double> w = new EnumMap<>(EntityType.class);
        // the shape of a name is one piece of evidence however often the name is repeated
        Map<EntityType, Double> context = new EnumMap<>(EntityType.class);
        leftContext(sentence, toks, i, j - i, context);
        rightContext(toks, j, j - i, listStart(toks, i) < i, titleTok, context);
        // "the attack in Freedonia City": a lone word after "in" with nothing else to say for it is a place
        String before = word(toks, i - 1), before2 = word(toks, i - 2).toLowerCase(Locale.ROOT);
        if (context.values().stream().noneMatch(v -> v > 0) && j - i == 1 && PLACE_PREPOSITIONS.contains(before)
                && !word(toks, j).matches("['’]s?")
                && !investedBefore(toks, i - 1) && !before2.matches("jobs?|roles?|position|career|partner")
                && !CAMEL_LOWER.matcher(surface).matches() && !INNER_CAPS.matcher(surface).matches()
                && !ACRONYM.matcher(surface).matches() && !surface.matches(".*\\d.*")) return;
        // "the Neon of the title", "Debt": a word the story also writes in lower case, with nothing here to make it
        // a name, is that word
        if (context.values().stream().noneMatch(v -> v > 0) && j - i == 1 && Character.isUpperCase(surface.charAt(0))
                && stats.lower(surface) > 0 && !lex.givenNames().contains(surface)
                && !quoted && !CAMEL_LOWER.matcher(surface).matches() && !INNER_CAPS.matcher(surface).matches()
                && !ACRONYM.matcher(surface).matches()) return;
        if (shaped.add(org.newskg.model.Names.slug(surface))) shape(toks, i, j, surface, w, () -> stats.capsInside(surface));
        context.forEach((t, v) -> add(w, t, v));
        if (lex.givenNames().contains(surface) && w.getOrDefault(EntityType.PERSON, 0.0) > 0.4) {
            add(w, EntityType.PERSON, 0.2);
        }
        if (quoted && j - i >= 2 && sentence.kind() == BlockKind.PARAGRAPH) add(w, EntityType.PRODUCT, 0.4);
        w.values().removeIf(v -> v <= 0);
        if (w.isEmpty()) {
            // no evidence here, but the name still refers to whatever its other mentions make it; a name
            // capitalized inside a sentence again and again in business news is most often an organization, unless
            // its shape says otherwise ("iPod", "X200" are products)
            boolean inside = i > DocumentStats.firstWord(toks) && !isOpening(toks.get(i - 1));
            w.put(shapeType(toks, i, j, surface), inside && isParagraph(sentence) ? 0.12 : 0.0);
        }
        for (Map.Entry<EntityType, Double> e : w.entrySet()) {
            out.add(new Mention(span, surface, e.getKey(), Math.min(1.0, e.getValue()), sentence.index()));
        }
    }

    private EntityType shapeType(List<Token> toks, int i, int j, String surface) {
        String first = toks.get(i).text();
        if (CAMEL_LOWER.matcher(first).matches() || surface.matches("(.*\\s)?\\p{Lu}*\\d[\\d.]*|(.*\\s)?\\p{Lu}+\\d+\\p{L}?(-\\w+)?")) {
            return EntityType.PRODUCT;
        }
        return EntityType.ORGANIZATION;
    }

    /**
     * "Freedonian officials", "Freedonian Loyalists", "Freedonians": words for peoples, not names of organizations
     * or persons; "Freedonian said" or "Freedonian shares" may still be a company.
     */
    private boolean peoples(List<Token> toks, int i, int j) {
        String first = toks.get(i).text();
        if (lex.givenNames().contains(first)) return false;
        if (j - i == 1) {
            if (GROUP_PLURAL.matcher(first).matches()) return true;
            String next = word(toks, j);
            String l = next.toLowerCase(Locale.ROOT);
            if (DEMONYM.matcher(first).matches() && (lex.commonCaps().contains(next) || GROUP_PLURAL.matcher(next).matches()
                    || titles.at(toks, j).isPresent())) {
                return true; // "Freedonian Loyalists", "Freedonian Prime Minister"
            }
            return DEMONYM.matcher(first).matches() && next.matches("\\p{Ll}[\\p{Ll}-]+") && !l.endsWith("ed")
                    && !lex.speechVerbs().contains(l) && !lex.orgContext().contains(l) && !ORG_SUBJECT_VERBS.contains(l)
                    && !DEAL_VERBS.contains(l) && !lex.productCues().contains(l) && !MAKER_CUES.contains(l)
                    && !lex.functionWords().contains(l) && !MIDDLE_STOP.contains(next) && !l.matches("and|or|is|was|has|had|will|would|to|in|on|for|with|at|of|by|as|also|says|said");
        }
        for (int k = i; k < j - 1; k++) {
            if (!DEMONYM.matcher(toks.get(k).text()).matches()) return false;
        }
        return GROUP_PLURAL.matcher(toks.get(j - 1).text()).matches();
    }

    /** "Changi Airport", "Terminal 3", "Main Street": a place. */
    private static boolean isPlace(List<Token> toks, int i, int j) {
        int last = j - 1;
        while (last > i && Character.isDigit(toks.get(last).text().charAt(0))) last--;
        return PLACE_HEADS.contains(toks.get(last).text());
    }

    /** "Melbourne and Brisbane", "Oslo, Bergen": a name listed next to a known place is a place. */
    private boolean listedWithPlace(List<Token> toks, int i, int j) {
        String before = word(toks, i - 1).toLowerCase(Locale.ROOT), after = word(toks, j).toLowerCase(Locale.ROOT);
        boolean prev = (before.equals("and") || before.equals("or") || before.equals(","))
                && lex.locations().contains(word(toks, i - 2));
        boolean next = (after.equals("and") || after.equals("or")) && lex.locations().contains(word(toks, j + 1))
                && !Character.isUpperCase(word(toks, j + 2).isEmpty() ? 'a' : word(toks, j + 2).charAt(0));
        return j - i == 1 && (prev || next);
    }

    private void shape(List<Token> toks, int i, int j, String surface, Map<EntityType, Double> w,
                       java.util.function.IntSupplier insideCaps) {
        int n = j - i;
        String first = toks.get(i).text();
        String last = toks.get(j - 1).text();
        boolean alpha = surface.matches("[\\p{L}.'’ -]+");
        // shape
        // "Globex Software" is a company; "iWidget Software" is the software of the iWidget
        if (n >= 2 && lex.orgSuffixes().contains(last) && !CAMEL_LOWER.matcher(first).matches()) add(w, EntityType.ORGANIZATION, 0.9);
        if (n >= 3 && surface.contains(" & ")) add(w, EntityType.ORGANIZATION, 0.6);
        // "Air Freedonia", "Globex Air": airlines (not "MacBook Air", whose maker's brand is camel-cased)
        if (n == 2 && (first.equals("Air") || last.equals("Air") && !INNER_CAPS.matcher(first).matches()
                && !CAMEL_LOWER.matcher(first).matches())) add(w, EntityType.ORGANIZATION, 0.6);
        if (lex.givenNames().contains(first) && n >= 2 && n <= 4 && alpha) add(w, EntityType.PERSON, 0.6);
        else if ((n == 2 || n == 3) && alpha && !lex.orgSuffixes().contains(last)) add(w, EntityType.PERSON, 0.15);
        if (surface.matches(".*\\d.*")) add(w, EntityType.PRODUCT, 0.45);
        if (n == 1 && ACRONYM.matcher(first).matches()) add(w, EntityType.ORGANIZATION, 0.3);
        else if (n == 1 && INNER_CAPS.matcher(first).matches()) {
            add(w, EntityType.ORGANIZATION, 0.2);
            add(w, EntityType.PRODUCT, 0.1);
        } else if (n == 1 && alpha && !lex.givenNames().contains(first)) {
            add(w, EntityType.ORGANIZATION, insideCaps.getAsInt() > 0 ? 0.35 : 0.1);
        }
        if (CAMEL_LOWER.matcher(first).matches()) add(w, EntityType.PRODUCT, 0.6);
        if (VERSIONED.matcher(first).matches()) add(w, EntityType.PRODUCT, 0.1);
    }

    private void leftContext(Sentence sentence, List<Token> toks, int i, int n, Map<EntityType, Double> w) {
        ownLeftContext(sentence, toks, i, n, w);
        int head = listStart(toks, i);
        boolean coordinated = false;
        for (int k = head; k < i; k++) {
            String t = toks.get(k).text().toLowerCase(Locale.ROOT);
            coordinated |= t.equals("and") || t.equals("or") || t.equals("instead") || t.equals("rather");
        }
        String before = word(toks, head - 1).toLowerCase(Locale.ROOT);
        boolean introduced = LIST_INTRO.contains(before) || before.equals("as") && word(toks, head - 2).equalsIgnoreCase("such");
        if (head < i && (coordinated || introduced)) {
            // "bought Globex or Initech", "clients including Acme, Globex and Initech": what introduces a list
            // speaks for every name in it
            Map<EntityType, Double> first = new EnumMap<>(EntityType.class);
            ownLeftContext(sentence, toks, head, 1, first);
            first.forEach((t, v) -> add(w, t, 0.8 * v));
        }
    }

    /** The first token of the list of names that ends with the name at {@code i}; {@code i} when it is in none. */
    private static int listStart(List<Token> toks, int i) {
        int start = i;
        for (int items = 0; items < 8; items++) {
            int k = start - 1;
            String c = word(toks, k).toLowerCase(Locale.ROOT);
            if (c.equals("and") || c.equals("or")) {
                k--;
                if (word(toks, k).equals(",")) k--;
            } else if (c.equals(",")) {
                k--;
            } else if (c.equals("of") && word(toks, k - 1).equalsIgnoreCase("instead")
                    || c.equals("than") && word(toks, k - 1).equalsIgnoreCase("rather")) {
                k -= 2;
            } else {
                break;
            }
            if (k < 0 || !isListed(word(toks, k))) break;
            while (k - 1 >= 0 && isListed(word(toks, k - 1)) && !word(toks, k - 1).isEmpty()) k--;
            start = k;
        }
        return start;
    }

    private static boolean isListed(String t) {
        return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))
                || t.equals("'s") || t.equals("’s") || t.equals("&"));
    }

    private void ownLeftContext(Sentence sentence, List<Token> toks, int i, int n, Map<EntityType, Double> w) {
        String p1 = word(toks, i - 1), p2 = word(toks, i - 2), p3 = word(toks, i - 3);
        String l1 = p1.toLowerCase(Locale.ROOT), l2 = p2.toLowerCase(Locale.ROOT);
        if (HONORIFICS.contains(p1) || p1.equals(".") && HONORIFICS.contains(p2)
                || RANKS.contains(p1) && lex.givenNames().contains(toks.get(i).text())) add(w, EntityType.PERSON, 1.0);
        if (p1.equals(":") && CREDITS.contains(l2) || l1.equals("by") && CREDITS.contains(l2)) add(w, EntityType.PERSON, 1.0);
        if (l1.equals("by") && (l2.equals("provided") || l2.equals("courtesy"))) add(w, EntityType.ORGANIZATION, 0.6);
        // "a transcript reviewed by Globex News", "first reported by …": news outlets
        if (l1.equals("by") && REPORTED.contains(l2)) add(w, EntityType.ORGANIZATION, 0.5);
        if (sentence.kind() == BlockKind.BYLINE) {
            if (l1.equals("by") || l1.equals("and") && i > 2) add(w, EntityType.PERSON, 1.0);
            else if (p1.equals(",") || p1.equals("/") || l1.equals("for") || p1.equals("|")) add(w, EntityType.ORGANIZATION, 0.8);
        }
        if (lex.orgHeads().contains(l1) && !p1.equals(p1.toUpperCase(Locale.ROOT))) add(w, EntityType.ORGANIZATION, 0.8);
        if (lex.productCues().contains(l1) && Character.isLowerCase(p1.isEmpty() ? 'A' : p1.charAt(0))) add(w, EntityType.PRODUCT, 0.7);
        // 'its game "Cloud Runner"'
        if (QUOTES.contains(p1) && lex.productCues().contains(l2) && Character.isLowerCase(p2.isEmpty() ? 'A' : p2.charAt(0))) {
            add(w, EntityType.PRODUCT, 0.7);
        }
        if (NAMING.contains(l1) || l1.equals("as") && l2.equals("known")) {
            for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
                if (!word(toks, k).isEmpty() && Character.isUpperCase(word(toks, k).charAt(0))) continue;
                String h = word(toks, k).toLowerCase(Locale.ROOT);
                if (PERSON_NOUNS.contains(h)) { add(w, EntityType.PERSON, 0.9); break; }
                if (lex.orgHeads().contains(h)) { add(w, EntityType.ORGANIZATION, 0.9); break; }
                if (lex.productCues().contains(h)) { add(w, EntityType.PRODUCT, 0.9); break; }
            }
        }
        if (p1.equals(",") && lex.orgHeads().contains(l2) && Character.isLowerCase(p2.isEmpty() ? 'A' : p2.charAt(0))) add(w, EntityType.ORGANIZATION, 0.7);
        // "a new tool, Forge, …": an apposition, closed by punctuation (not "to build the aircraft, Globex said")
        if (p1.equals(",") && lex.productCues().contains(l2) && Character.isLowerCase(p2.isEmpty() ? 'A' : p2.charAt(0))
                && word(toks, i + n).matches("[,.;:()]?")) add(w, EntityType.PRODUCT, 0.6);
        if (endsTitle(toks, i)) add(w, EntityType.PERSON, n >= 2 ? 0.8 : 0.5);
        if (l1.equals("of") && endsTitle(toks, i - 1)) add(w, EntityType.ORGANIZATION, 0.4);
        if (l1.equals("at") && (WORK_AT.contains(l2) || endsTitle(toks, i - 1))) add(w, EntityType.ORGANIZATION, 0.7);
        else if (l1.equals("at") || l1.equals("from") && endsTitle(toks, i - 1)) add(w, EntityType.ORGANIZATION, 0.15);
        if (JOIN.contains(l1)) add(w, EntityType.ORGANIZATION, 0.5);
        if (l1.equals("of") && DEAL_NOUNS.contains(l2) || l1.equals("from") && (l2.equals("offer") || l2.equals("bid"))) add(w, EntityType.ORGANIZATION, 0.5);
        if (DEAL_OBJECT_VERBS.contains(l1) || l1.equals("in") && investedBefore(toks, i - 1)) add(w, EntityType.ORGANIZATION, 0.4);
        if (l1.equals("with") && (l2.startsWith("partner") || l2.equals("deal") || l2.equals("agreement")
                || l2.equals("merge") || l2.equals("contract"))) add(w, EntityType.ORGANIZATION, 0.5);
        if (PRODUCT_OBJECT_VERBS.contains(l1) || l1.equals("of") && (l2.equals("version") || l2.equals("release")
                || l2.equals("launch"))) add(w, EntityType.PRODUCT, 0.35);
        if (l1.equals("by") && (l2.equals("acquired") || l2.equals("owned") || l2.equals("bought") || l2.equals("backed")
                || l2.equals("developed") || l2.equals("made"))) add(w, EntityType.ORGANIZATION, 0.6);
        if (l1.equals("by") && (l2.equals("founded") || l2.equals("led") || l2.equals("co-founded"))) add(w, EntityType.PERSON, 0.3);
        if ((p1.equals("'s") || p1.equals("’s")) && !p2.isEmpty() && Character.isUpperCase(p2.charAt(0))
                && !lex.givenNames().contains(toks.get(i).text())) add(w, EntityType.PRODUCT, 0.35);
        // "replacing the WidgetBook": a single inner-capital name after "the" is a thing more often than a company
        if (l1.equals("the") && p1.equals("the") && n == 1 && INNER_CAPS.matcher(toks.get(i).text()).matches()) {
            add(w, EntityType.PRODUCT, 0.3);
        }
        if (l1.equals("to") && l2.equals("according")) {
            add(w, EntityType.PERSON, 0.2);
            add(w, EntityType.ORGANIZATION, 0.3);
        }
        if (lex.speechVerbs().contains(l1) && (i - 1 > 0 && isPunct(word(toks, i - 2)) || i - 1 == 0)) add(w, EntityType.PERSON, 0.5);
        if (p3.isEmpty() && l1.equals("at") && sentence.kind() == BlockKind.CAPTION) add(w, EntityType.ORGANIZATION, 0.2);
        // "clients including Acme", "games like \"Forge\"": the plural before the list says what is listed
        int q = QUOTES.contains(p1) ? i - 1 : i;
        String i1 = word(toks, q - 1).toLowerCase(Locale.ROOT), i2 = word(toks, q - 2).toLowerCase(Locale.ROOT);
        boolean intro = LIST_INTRO.contains(i1) || i1.equals("as") && i2.equals("such");
        if (intro) {
            int at = i1.equals("as") ? q - 3 : q - 2;
            for (int k = at; k >= Math.max(0, at - 2); k--) {
                String h = word(toks, k).toLowerCase(Locale.ROOT);
                if (ORG_GROUPS.contains(h)) {
                    add(w, EntityType.ORGANIZATION, 0.6);
                    break;
                }
                if (h.endsWith("s") && lex.productCues().contains(h.substring(0, h.length() - 1))) {
                    add(w, EntityType.PRODUCT, 0.6);
                    break;
                }
            }
        }
    }

    private void rightContext(List<Token> toks, int j, int n, boolean listed, boolean[] titleTok, Map<EntityType, Double> w) {
        String n1 = word(toks, j), n2 = word(toks, j + 1), n3 = word(toks, j + 2);
        String l1 = n1.toLowerCase(Locale.ROOT), l2 = n2.toLowerCase(Locale.ROOT);
        if (lex.speechVerbs().contains(l1)) {
            String l3 = word(toks, j + 1).toLowerCase(Locale.ROOT);
            if (l3.equals("it") || l3.equals("its")) {
                add(w, EntityType.ORGANIZATION, 0.5); // "Globex said it would appeal"
            } else if (n == 1 && !lex.givenNames().contains(word(toks, j - 1)) && !l3.equals("he") && !l3.equals("she")) {
                // "Globex said": a lone word that is no given name speaks for a company as often as for a person
                add(w, EntityType.PERSON, 0.25);
                add(w, EntityType.ORGANIZATION, 0.2);
            } else {
                add(w, EntityType.PERSON, lex.givenNames().contains(word(toks, j - n)) ? 0.5 : 0.3);
            }
        }
        if (n1.equals(",")) {
            if (lex.speechVerbs().contains(l2) && !n3.isEmpty()) add(w, EntityType.PERSON, 0.3);
            if (l2.equals("who") || l2.equals("whose")) add(w, EntityType.PERSON, 0.5);
            int limit = Math.min(toks.size(), j + 7);
            for (int k = j + 1; k < limit; k++) {
                String h = toks.get(k).text().toLowerCase(Locale.ROOT);
                if (h.equals(",") || h.equals(".") || lex.speechVerbs().contains(h)) break;
                if (titleTok[k] && (k <= j + 4 || k <= j + 6 && possessiveBetween(toks, j, k))) {
                    add(w, EntityType.PERSON, 0.8);
                    break;
                }
                // "Jane Roe, the agency's district supervisor": the agency is another's; read on for the title
                boolean possessed = word(toks, k + 1).equals("'s") || word(toks, k + 1).equals("’s");
                if (lex.orgHeads().contains(h) && Character.isLowerCase(toks.get(k).text().charAt(0)) && !possessed
                        && (l2.equals("a") || l2.equals("an") || l2.equals("the") || k == j + 1)) {
                    add(w, EntityType.ORGANIZATION, 0.7); break;
                }
                if (lex.productCues().contains(h) && (l2.equals("a") || l2.equals("an") || l2.equals("the") || l2.equals("its"))) {
                    add(w, EntityType.PRODUCT, 0.6); break;
                }
            }
        }
        if (j < titleTok.length && titleTok[j] && Character.isUpperCase(n1.isEmpty() ? 'a' : n1.charAt(0))
                && j + 1 < toks.size()) add(w, EntityType.ORGANIZATION, 0.7);
        // "Globex chief executive Jane Roe" (not "named Jane Roe chief executive")
        if (j < titleTok.length && titleTok[j] && Character.isLowerCase(n1.isEmpty() ? 'A' : n1.charAt(0))
                && !lex.titles().contains(l1 + " " + l2)
                && !(n >= 2 && lex.givenNames().contains(word(toks, j - n)))) add(w, EntityType.ORGANIZATION, 0.4);
        if ((n1.equals("'s") || n1.equals("’s")) && j + 1 < titleTok.length && titleTok[j + 1]) add(w, EntityType.ORGANIZATION, 0.6);
        if ((n1.equals("'s") || n1.equals("’s")) && (lex.orgContext().contains(l2) || n2.matches("\\p{Ll}+")
                && lex.orgContext().contains(word(toks, j + 2)))) add(w, EntityType.ORGANIZATION, 0.4);
        // "Globex's Jane Doe": a person of the company
        if ((n1.equals("'s") || n1.equals("’s")) && lex.givenNames().contains(n2)
                && Character.isUpperCase(n3.isEmpty() ? 'a' : n3.charAt(0))) add(w, EntityType.ORGANIZATION, 0.5);
        if ((n1.equals("'s") || n1.equals("’s")) && possessesProduct(toks, j + 1)) add(w, EntityType.ORGANIZATION, 0.3);
        // "Globex's buyout", "Globex's proposed acquisition"
        if ((n1.equals("'s") || n1.equals("’s")) && (DEAL_NOUNS.contains(l2)
                || DEAL_NOUNS.contains(word(toks, j + 2).toLowerCase(Locale.ROOT)))) add(w, EntityType.ORGANIZATION, 0.4);
        if (lex.orgContext().contains(l1) && !l1.equals(n1.toUpperCase(Locale.ROOT)) || ORG_SUBJECT_VERBS.contains(l1)) {
            add(w, EntityType.ORGANIZATION, 0.4);
        }
        if (MAKER_CUES.contains(l1) && n == 1) {
            // "Globex jets", "Initech chips": a brand before a kind of hardware is its maker
            add(w, EntityType.ORGANIZATION, 0.2);
        } else if (lex.productCues().contains(l1) && Character.isLowerCase(n1.charAt(0))) {
            // "the Forge app" names a product; "Globex and Initech apps" names the makers
            add(w, listed ? EntityType.ORGANIZATION : EntityType.PRODUCT, listed ? 0.4 : 0.6);
        }
        // the buyer of "X tried to buy Y", "X agreed to acquire Y"
        for (int k = j; k < Math.min(toks.size(), j + 4); k++) {
            String t = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (DEAL_VERBS.contains(t)) {
                add(w, EntityType.ORGANIZATION, 0.4);
                break;
            }
            if (!t.matches("[a-z]+")) break;
        }
        if ((l1.equals("was") || l1.equals("is") || l1.equals("has") || l1.equals("had")) && (l2.equals("founded")
                || l2.equals("acquired") || l2.equals("valued") || l2.equals("headquartered") || l2.equals("based")
                || l2.equals("backed") || l2.equals("hired"))) add(w, EntityType.ORGANIZATION, 0.6);
        if ((l1.equals("was") || l1.equals("is")) && (l2.equals("released") || l2.equals("launched") || l2.equals("priced")
                || l2.equals("available") || l2.equals("downloaded"))) add(w, EntityType.PRODUCT, 0.5);
        if (l1.equals("users") || l1.equals("subscribers") || l1.equals("downloads")) add(w, EntityType.PRODUCT, 0.3);
        // "Fortune 100 brands", "Global 2000 companies": a ranking that qualifies a plural, not a product
        if (ORG_GROUPS.contains(l1) && j > 0 && NUMBER.matcher(toks.get(j - 1).text()).matches()) {
            add(w, EntityType.PRODUCT, -0.45);
        }
        // "Forge®", "Widget™": a registered or trademarked name is a brand, most often of a product
        if (n1.equals("®") || n1.equals("™") || n1.equals("(R)") || n1.equals("(TM)")) add(w, EntityType.PRODUCT, 0.6);
        if (l1.equals("(") && ACRONYM.matcher(n2).matches() && n3.equals(")")) add(w, EntityType.ORGANIZATION, 0.3);
    }

    /** Whether the agency's of "Jane Roe, the agency's district supervisor" lies between tokens {@code from} and {@code to}. */
    private static boolean possessiveBetween(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = toks.get(k).text();
            if (t.equals("'s") || t.equals("’s")) return k > from + 1 && lowerWord(toks, k - 1);
        }
        return false;
    }

    private static boolean lowerWord(List<Token> toks, int k) {
        String t = toks.get(k).text();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    /** "invested in", "a stake in", "invested $25 million in": an investment reads up to the "in" at {@code in}. */
    private static boolean investedBefore(List<Token> toks, int in) {
        for (int k = in - 1; k >= Math.max(0, in - 5); k--) {
            String t = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (t.matches("invest(ed|s|ing|ment|ments)?|stakes?|shares|holdings?|interest")) return true;
            if (!t.matches("[$€£\\d.,]+|million|billion|trillion|m|bn|a|an|the|its|their|minority|majority|small|large|undisclosed|\\w+-?\\w*")) return false;
        }
        return false;
    }

    /** "Acme's first phone game": a possessor of a product is most often its maker. */
    private boolean possessesProduct(List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size(), from + 4); k++) {
            String t = toks.get(k).text();
            if (t.length() > 1 && Character.isLowerCase(t.charAt(0)) && lex.productCues().contains(t)) return true;
            if (!t.matches("[\\p{L}\\d-]+")) return false;
        }
        return false;
    }

    private static boolean isParagraph(Sentence s) {
        return s.kind() == BlockKind.PARAGRAPH;
    }

    private boolean endsTitle(List<Token> toks, int i) {
        if (i <= 0) return false;
        for (int k = Math.max(0, i - 8); k < i; k++) {
            var m = titles.at(toks, k);
            if (m.isPresent() && m.get().end() == i) return true;
        }
        return false;
    }

    private static boolean isPunct(String s) {
        return s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0)) || s.equals("”") || s.equals("\"");
    }

    private static String word(List<Token> toks, int k) {
        return k >= 0 && k < toks.size() ? toks.get(k).text() : "";
    }

    private static void add(Map<EntityType, Double> w, EntityType t, double v) {
        w.merge(t, v, Double::sum);
    }
}
