package org.newskg.extract;

import org.newskg.extract.DealTriggers.Trigger;
import org.newskg.extract.EntityIndex.Ref;
import org.newskg.lang.Language;
import org.newskg.mention.MoneyRecognizer;
import org.newskg.model.AnnotatedText;
import org.newskg.model.Deal;
import org.newskg.model.DealKind;
import org.newskg.model.DealStatus;
import org.newskg.model.EntityType;
import org.newskg.model.Money;
import org.newskg.model.Role;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;
import org.newskg.model.TimeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads acquisitions, investments, hirings and partnerships from trigger words ("acquire", "bought", "invested
 * in", "hired", "partnership with", "sale to", "largest investor"), with the initiator before the trigger and the
 * target after it (reversed for passives and sales), the amount, the status the language gives and the date. A
 * later sentence that speaks of "the deal" or "the acquisition" updates the status of the deal last mentioned.
 * One deal per kind, initiator and target.
 */
public final class DealExtractor implements FactExtractor<List<Deal>> {
    private record Hit(Trigger trigger, java.util.regex.MatchResult match) {
    }

    private static final List<Trigger> TRIGGERS = DealTriggers.triggers(Language.english());
    private static final Pattern PRONOUN_BEFORE = Language.english().pattern("extract/patterns", "pronoun-before");
    /** Present-tense announcing: the deal dates from the article itself. */
    private static final Pattern NEWS_NOW = Language.english().pattern("extract/patterns", "news-now");

    /** Every trigger holds one of these stems; a sentence with none is not searched trigger by trigger. */
    private static final Pattern MAY_TRIGGER = Language.english().pattern("extract/patterns", "may-trigger");

    /** "if only Acme had bought Globex", "Acme could have bought": a deal that did not happen. */
    private static final Pattern COUNTERFACTUAL = Language.english().pattern("extract/patterns", "counterfactual");
    private static final Pattern INVESTOR_NOUN = Language.english().pattern("extract/patterns", "investor-noun");
    private static final Pattern DEAL_NOUN = Language.english().pattern("extract/patterns", "deal-noun");
    /** "bought the startup", "acquired this company": a deal whose target is a company named before. */
    private static final Pattern COMPANY_AFTER = Language.english().pattern("extract/patterns", "company-after");
    private static final Map<Pattern, DealStatus> STATUS = DealTriggers.statusWords(Language.english());

    /**
     * @param input the analysed article, its entities, time expressions and quantities, and its roles (to let a
     *              person's deal stand for their organization)
     * @return deals in order of first mention
     */
    @Override
    public List<Deal> extract(ExtractionInput input) {
        AnnotatedText text = input.text();
        EntityIndex index = input.index();
        List<TimeExpression> times = input.times();
        List<Role> roles = input.roles();
        Map<String, Deal> deals = new LinkedHashMap<>();
        String last = null;
        for (Sentence s : text.sentences()) {
            if (!s.kind().tellsDeals()) continue;
            List<Ref> refs = index.in(s.index());
            boolean found = false;
            List<MoneyRecognizer.Quantity> amounts = input.quantities(s);
            List<int[]> used = new ArrayList<>();
            Map<String, Optional<Ref>> sentenceTargets = new LinkedHashMap<>();
            // triggers in priority order claim their words; then they are read in text order
            List<Hit> hits = new ArrayList<>();
            for (Trigger tr : MAY_TRIGGER.matcher(s.text()).find() ? TRIGGERS : List.<Trigger>of()) {
                Matcher mm = tr.pattern().matcher(s.text());
                while (mm.find()) {
                    int ms = mm.start(), me = mm.end();
                    if (used.stream().anyMatch(u -> ms < u[1] && u[0] < me)) continue;
                    used.add(new int[]{ms, me});
                    hits.add(new Hit(tr, mm.toMatchResult()));
                }
            }
            hits.sort(java.util.Comparator.comparingInt(h -> h.match().start()));
            for (Hit hit : hits) {
                Trigger tr = hit.trigger();
                java.util.regex.MatchResult m = hit.match();
                int tb = s.span().begin() + m.start(), te = s.span().begin() + m.end();
                if (COUNTERFACTUAL.matcher(s.text().substring(Math.max(0, m.start() - 80), m.start())).find()) continue;
                Optional<Ref> before = nearestBefore(refs, tb, tr.kind());
                Optional<Ref> after = nearestAfter(refs, te, tr.kind());
                Optional<Ref> initiator = tr.reversed() ? after : before;
                Optional<Ref> target = (tr.reversed() ? before : after).filter(r -> r.type() != EntityType.PERSON)
                        .or(() -> tr.reversed() ? nearestBefore(refs.stream().filter(r -> r.type() != EntityType.PERSON).toList(), tb, tr.kind()) : Optional.empty());
                Optional<Ref> named = initiator;
                if (!tr.reversed() && PRONOUN_BEFORE.matcher(s.text().substring(0, m.start())).find()
                        && (named.isEmpty() || named.get().type() == EntityType.PERSON && roles.stream().noneMatch(ro -> ro.person().equals(named.get().key())))) {
                    initiator = index.lastOrganizationBefore(s.index(), tb, target.map(Ref::key).orElse(""));
                }
                if (target.isEmpty() && !tr.reversed() && DEAL_NOUN.matcher(s.text().substring(m.end())).lookingAt() == false
                        && COMPANY_AFTER.matcher(s.text().substring(m.end())).matches()) {
                    target = index.lastOrganizationBefore(s.index(), tb, initiator.map(Ref::key).orElse(""));
                }
                if (target.isEmpty() || initiator.isPresent() && initiator.get().key().equals(target.get().key())) continue;
                // "the agreement with Globex": a partnership needs two partners; this one is a deal named before
                if (initiator.isEmpty() && tr.kind() == DealKind.PARTNERSHIP) continue;
                if (target.get().type() == EntityType.PERSON && tr.kind() != DealKind.INVESTMENT) continue;
                // "its $19 billion acquisition of A, its $1 billion buyout of B": A does not buy B
                if (initiator.isPresent() && sentenceTargets.containsKey(initiator.get().key())) {
                    initiator = sentenceTargets.get(initiator.get().key());
                }
                sentenceTargets.put(target.get().key(), initiator);
                initiator = initiator.map(r -> employer(r, roles, index));
                DealStatus status = statusOf(s.text(), tr.status());
                String key = tr.kind() + "|" + initiator.map(Ref::key).orElse("") + "|" + target.get().key();
                Optional<Money> price = priceNear(amounts, m.start());
                Optional<TimeValue> date = SentenceTimes.dateNear(s, times, te);
                // "by selling Initech to Globex in 2011": a sale or merger long before the story, with no word on how
                // it went, went through
                Optional<LocalDate> published = text.article().date();
                if (status == DealStatus.ANNOUNCED && statusOf(s.text(), null) == null && date.isPresent()
                        && published.isPresent() && date.get().start().isBefore(published.get().minusMonths(6))) {
                    status = DealStatus.COMPLETED;
                }
                deals.merge(key, new Deal(tr.kind(), initiator.map(Ref::key), target.get().key(), price, status, date,
                        List.of(s.evidence())), DealMerge::update);
                // "stakes in Globex and Initech": every listed target
                if (!tr.reversed() && tr.kind() != DealKind.HIRING) {
                    for (Ref more : coordinated(s, refs, target.get())) {
                        String k2 = tr.kind() + "|" + initiator.map(Ref::key).orElse("") + "|" + more.key();
                        if (initiator.isPresent() && initiator.get().key().equals(more.key())) continue;
                        deals.merge(k2, new Deal(tr.kind(), initiator.map(Ref::key), more.key(), Optional.empty(), status,
                                date, List.of(s.evidence())), DealMerge::update);
                    }
                }
                last = key;
                found = true;
            }
            found |= personHires(s, refs, times, deals);
            // "Initech, Acme's largest investor"
            Matcher inv = INVESTOR_NOUN.matcher(s.text());
            while (inv.find()) {
                int ib = s.span().begin() + inv.start();
                Optional<Ref> owner = refs.stream().filter(r -> r.type() == EntityType.ORGANIZATION
                        && ib - r.mention().span().end() >= 0 && ib - r.mention().span().end() <= 4
                        && text.text().substring(r.mention().span().end(), ib).matches("['’]s\\s*")).findFirst();
                if (owner.isEmpty()) continue;
                Optional<Ref> investor = nearestBefore(refs, owner.get().mention().span().begin(), DealKind.INVESTMENT)
                        .filter(r -> owner.get().mention().span().begin() - r.mention().span().end() <= 3);
                if (investor.isEmpty()) continue;
                String key = DealKind.INVESTMENT + "|" + investor.get().key() + "|" + owner.get().key();
                deals.merge(key, new Deal(DealKind.INVESTMENT, Optional.of(investor.get().key()), owner.get().key(),
                        Optional.empty(), DealStatus.COMPLETED, Optional.empty(), List.of(s.evidence())), DealMerge::update);
                found = true;
            }
            if (!found && last != null && DEAL_NOUN.matcher(s.text()).find()) {
                DealStatus st = statusOf(s.text(), null);
                if (st != null) {
                    Deal d = deals.get(last);
                    Optional<TimeValue> date = SentenceTimes.dateIn(s, times);
                    Optional<Money> price = d.price().isPresent() ? d.price() : priceNear(amounts, 0);
                    deals.put(last, new Deal(d.kind(), d.initiator(), d.target(), price, st,
                            date.or(d::date), DealMerge.append(d.evidence(), s.evidence())));
                }
            }
        }
        // "Acme announced today that it has signed …" with no date of its own happened when the article appeared
        Optional<LocalDate> pub = text.article().date();
        if (pub.isEmpty()) return List.copyOf(deals.values());
        List<Deal> out = new ArrayList<>();
        for (Deal d : deals.values()) {
            boolean now = d.date().isEmpty() && d.evidence().stream().anyMatch(e -> NEWS_NOW.matcher(e.text()).find());
            out.add(now ? new Deal(d.kind(), d.initiator(), d.target(), d.price(), d.status(),
                    Optional.of(TimeValue.day(pub.get())), d.evidence()) : d);
        }
        return List.copyOf(out);
    }

    /**
     * "Globex, a maker of widgets, is adding industry veteran Jane Roe as its first CFO", "Globex names Jane Roe chief
     * executive", "Jane Roe joins Globex as CTO": an organization hires a person.
     */
    private static boolean personHires(Sentence s, List<Ref> refs, List<TimeExpression> times, Map<String, Deal> deals) {
        boolean found = false;
        for (Matcher m = HIRE_PERSON.matcher(s.text()); m.find(); ) {
            int vb = s.span().begin() + m.start(), ve = s.span().begin() + m.end();
            boolean joins = HIRE_JOINS.contains(m.group().toLowerCase(java.util.Locale.ROOT));
            Ref person = null, org = null;
            for (Ref r : refs) {
                int b = r.mention().span().begin(), e = r.mention().span().end();
                String between = b >= ve ? s.text().substring(ve - s.span().begin(), b - s.span().begin())
                        : e <= vb ? s.text().substring(e - s.span().begin(), vb - s.span().begin()) : null;
                if (between == null) continue;
                if (joins) {
                    if (r.type() == EntityType.PERSON && e <= vb && HIRE_GAP_BEFORE.matcher(between).matches()) person = r;
                    if (org == null && r.type() == EntityType.ORGANIZATION && b >= ve && between.isBlank()) org = r;
                } else {
                    if (r.type() == EntityType.ORGANIZATION && e <= vb && HIRE_GAP_BEFORE.matcher(between).matches()) org = r;
                    if (person == null && r.type() == EntityType.PERSON && b >= ve && HIRE_GAP_AFTER.matcher(between).matches()) person = r;
                }
            }
            if (person == null || org == null) continue;
            String rest = s.text().substring(Math.min(s.text().length(), (joins ? org : person).mention().span().end() - s.span().begin()));
            if (rest.startsWith("'s") || rest.startsWith("’s")) continue;
            DealStatus status = WILL.matcher(s.text()).find() ? DealStatus.ANNOUNCED : DealStatus.COMPLETED;
            Optional<TimeValue> date = SentenceTimes.dateNear(s, times, ve);
            deals.merge(DealKind.HIRING + "|" + org.key() + "|" + person.key(), new Deal(DealKind.HIRING,
                    Optional.of(org.key()), person.key(), Optional.empty(), status, date, List.of(s.evidence())),
                    DealMerge::update);
            found = true;
        }
        return found;
    }

    private static final Pattern HIRE_PERSON = Language.english().pattern("extract/patterns", "hire-person");
    /** The verbs of {@link #HIRE_PERSON} whose subject is the person hired. */
    private static final java.util.Set<String> HIRE_JOINS = Language.english().words("extract/hire-joins");
    /** Between the hiring organization and the verb: nothing, an apposition, auxiliaries ("has", "is", "will"). */
    private static final Pattern HIRE_GAP_BEFORE = Language.english().pattern("extract/patterns", "hire-gap-before");
    /** Between the verb and the person: a few lower-case words ("mobile marketing pioneer", "former Globex CFO"). */
    private static final Pattern HIRE_GAP_AFTER = Pattern.compile("\\s*(?:[\\p{Ll}-]+\\s+){0,5}");
    private static final Pattern WILL = Language.english().pattern("extract/patterns", "will");

    /** The organizations listed right after {@code first}: "Globex, Initech and Hooli". */
    private static List<Ref> coordinated(Sentence s, List<Ref> refs, Ref first) {
        // a target named in an earlier sentence ("… will acquire the company") is listed with nothing here
        if (!s.span().contains(first.mention().span())) return List.of();
        return RelationTokens.listedAfter(s, refs, first, r -> r.type() != EntityType.PERSON);
    }

    /** A person who buys acts for the organization they lead, when the article says which. */
    private static Ref employer(Ref r, List<Role> roles, EntityIndex index) {
        if (r.type() != EntityType.PERSON) return r;
        return roles.stream().filter(ro -> ro.person().equals(r.key()) && !ro.former()).findFirst()
                .flatMap(ro -> index.entities().stream().filter(e -> e.key().equals(ro.organization())).findFirst())
                .map(e -> new Ref(r.mention(), e)).orElse(r);
    }

    private static DealStatus statusOf(String sentence, DealStatus fallback) {
        for (Map.Entry<Pattern, DealStatus> e : STATUS.entrySet()) {
            if (e.getKey().matcher(sentence).find()) return e.getValue();
        }
        return fallback;
    }

    private static Optional<Money> priceNear(List<MoneyRecognizer.Quantity> amounts, int at) {
        return amounts.stream().filter(MoneyRecognizer.Quantity::isMoney)
                .min((a, b) -> Integer.compare(Math.abs(a.span().begin() - at), Math.abs(b.span().begin() - at)))
                .flatMap(MoneyRecognizer.Quantity::money);
    }

    /** The date in the sentence closest to the trigger ending at {@code at} ("… from 2004 to 2014, selling X to Y in 2011"). */
    private static boolean fits(Ref r, DealKind kind) {
        return r.type() == EntityType.ORGANIZATION || r.type() == EntityType.PERSON && kind == DealKind.ACQUISITION || kind == DealKind.HIRING && r.type() == EntityType.PRODUCT
                || kind == DealKind.ACQUISITION && r.type() == EntityType.PRODUCT || kind == DealKind.INVESTMENT && r.type() == EntityType.PERSON;
    }

    private static Optional<Ref> nearestBefore(List<Ref> refs, int before, DealKind kind) {
        Ref best = null;
        for (Ref r : refs) {
            if (r.mention().span().end() <= before && fits(r, kind)) best = r;
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Ref> nearestAfter(List<Ref> refs, int after, DealKind kind) {
        for (Ref r : refs) {
            if (r.mention().span().begin() >= after && fits(r, kind) && r.mention().span().begin() - after < 80) return Optional.of(r);
        }
        return Optional.empty();
    }
}
