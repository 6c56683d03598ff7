package fr.vigie.rules;

import fr.vigie.facts.ActiveProfile;
import fr.vigie.facts.Companies;
import fr.vigie.facts.Condition;
import fr.vigie.facts.Evidence;
import fr.vigie.facts.Finding;
import fr.vigie.facts.KeptInForce;
import fr.vigie.facts.Party;
import fr.vigie.facts.Statement;
import fr.vigie.facts.Status;
import fr.vigie.report.GapReport.ConditionResult;
import fr.vigie.report.RequirementResult;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a pack's rules on the facts of one dossier and settles one status per requirement.
 * Thread-safe: the KieBase is shared, each call opens its own session.
 */
public final class Evaluator {

    private final RulePack pack;
    private final KieBase kieBase;

    public Evaluator(RulePack pack, KieBase kieBase) {
        this.pack = pack;
        this.kieBase = kieBase;
    }

    public RulePack pack() {
        return pack;
    }

    public Evaluation evaluate(Collection<?> facts, String profileName, Map<String, Boolean> assumptions) {
        ProfileSpec profile = pack.profile(profileName);
        for (String name : assumptions.keySet()) {
            if (!pack.conditions().containsKey(name)) {
                throw new PackException("Hypothèse sur une condition inconnue « " + name + " » ; conditions du paquet : "
                        + String.join(", ", pack.conditions().keySet()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Condition> derived = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        try {
            // Decision-table rows name every profile they apply to, so only the chosen one is inserted.
            session.insert(new ActiveProfile(profile.name()));
            facts.forEach(session::insert);
            session.fireAllRules();
            for (Object o : session.getObjects()) {
                if (o instanceof Finding f) {
                    findings.add(f);
                } else if (o instanceof Condition c) {
                    derived.add(c);
                }
            }
        } finally {
            session.dispose();
        }
        List<ConditionResult> conditions = settleConditions(derived, assumptions);
        Map<String, Boolean> values = new LinkedHashMap<>();
        conditions.forEach(c -> values.put(c.name(), c.value()));
        Map<String, String> kinds = new java.util.HashMap<>();
        Set<String> prevailing = new java.util.HashSet<>();
        Set<String> deferring = new java.util.HashSet<>();
        Set<String> keepingTheRest = new java.util.HashSet<>();
        Set<String> derogableOnlyExpressly = new java.util.HashSet<>();
        Set<String> leavingOthersUntouched = new java.util.HashSet<>();
        Set<Evidence> reserved = new java.util.HashSet<>();
        Set<Evidence> keptInForce = new java.util.HashSet<>();
        Set<Evidence> bySubcontractor = new java.util.HashSet<>();
        Set<String> itemTopics = pack.perItemRequirements().values().stream().flatMap(Set::stream)
                .collect(java.util.stream.Collectors.toSet());
        Map<Evidence, Set<String>> items = new java.util.HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof KeptInForce k) {
                keptInForce.add(k.evidence());
            }
            if (fact instanceof Statement s) {
                if (s.hedged() || s.discretion() || s.permissive() || (s.exception() && !s.has("usual-exception"))) {
                    reserved.add(s.evidence());
                }
                kinds.putIfAbsent(s.evidence().document(), s.documentKind());
                if (s.actor() == Party.SUBCONTRACTOR) {
                    bySubcontractor.add(s.evidence());
                }
                s.topics().stream().filter(itemTopics::contains)
                        .forEach(t -> items.computeIfAbsent(s.evidence(), e -> new java.util.HashSet<>()).add(t));
                if (says(s, pack.restInForceTopic())) {
                    keepingTheRest.add(s.evidence().document());
                }
                if (says(s, pack.expressDerogationTopic())) {
                    derogableOnlyExpressly.add(s.evidence().document());
                }
                if (says(s, pack.untouchedTermsTopic())) {
                    leavingOthersUntouched.add(s.evidence().document());
                }
                boolean defers = says(s, pack.deferenceTopic());
                if (pack.precedenceTopic().isEmpty() || (s.has(pack.precedenceTopic()) && !defers)) {
                    prevailing.add(s.evidence().document());
                } else if (defers) {
                    deferring.add(s.evidence().document());
                }
            }
        }
        List<RequirementResult> results = new ArrayList<>();
        // A piece that says another prevails over it, and nowhere that it prevails itself, overrides nothing.
        deferring.removeAll(prevailing);
        // A piece that prevails but leaves another as it is (terms of a third party that apply directly) answers
        // none of that piece's violations: they are no longer silenced by its claim to prevail.
        prevailing.removeAll(leavingOthersUntouched);
        Map<String, String> overridingKinds = new java.util.HashMap<>(kinds);
        deferring.forEach(overridingKinds::remove);
        for (RequirementSpec requirement : pack.requirements()) {
            if (!profile.excluded().contains(requirement.id()) && !excludedByAncestors(profile, requirement.id())) {
                List<Finding> settled = overriding(findings, requirement.id(), overridingKinds, prevailing, keptInForce,
                        keepingTheRest, derogableOnlyExpressly, bySubcontractor, items);
                results.add(settle(requirement, profile, values, answered(requirement.id(), settled, kinds, reserved)));
            }
        }
        return new Evaluation(profile.name(), conditions, results);
    }

    private static final String UNANSWERED_VIOLATION = "Une pièce qui prévaut (avenant, conditions particulières, bon de"
            + " commande) satisfait l'exigence, mais une autre pièce la contredit sans que la première l'écarte expressément :"
            + " vérifier laquelle s'applique.";
    private static final String OTHER_COMPANY_VIOLATION = "Une pièce qui prévaut satisfait l'exigence pour ce qu'elle"
            + " nomme, mais une autre pièce la contredit pour une autre société, sous-traitante, dont la première ne dit rien :"
            + " vérifier la situation de cette société.";
    private static final String OTHER_ITEM_VIOLATION = "Une pièce qui prévaut satisfait l'exigence pour ce qu'elle"
            + " énumère, mais une autre pièce en exclut des éléments dont la première ne dit rien (journaux, paramétrage…) :"
            + " vérifier ce qui sera réellement restitué.";
    private static final String PREVAILING_MET_BESIDE_REVIEW = "Une pièce qui prévaut satisfait l'exigence, mais une autre"
            + " pièce contient une clause à examiner sur le même point, que la première n'écarte pas expressément : vérifier"
            + " laquelle s'applique.";
    private static final String BATTLE_OF_THE_FORMS = "Une pièce qui se dit prioritaire (conditions particulières, bon de"
            + " commande) satisfait l'exigence, mais une autre pièce la contredit et n'admet de dérogation qu'expresse :"
            + " vérifier laquelle s'applique.";

    /**
     * The findings of one requirement, after precedence between documents: when some come from a document of an
     * overriding kind (an amendment, special conditions), the findings drawn only from other documents are set
     * aside — the later or more specific text is the one that binds. The kinds and their order are the pack's.
     * A violation set aside by a mere MET is not silenced, though, unless the overriding document says it prevails
     * (the pack's precedence topic): an order form or a DPA named « avenant » that meets the requirement in passing
     * does not show that it derogates from the clause that violates it (an article struck out explicitly is already
     * gone, see {@code Amendments}). The dossier is then ambiguous, and a firm REVIEW quoting both sides asks a
     * person to decide which binds. A clause the overriding document keeps in force ({@link KeptInForce}: « la Section
     * 19 des CGU demeure applicable ») is not set aside: it is judged with the overriding text. Nor is a violation in
     * terms that admit only express derogations (the pack's express-derogation topic) when special conditions or an
     * order form meet the requirement: a battle of the forms, a firm REVIEW.
     */
    private List<Finding> overriding(List<Finding> all, String requirement, Map<String, String> kinds,
                                     Set<String> prevailing, Set<Evidence> keptInForce, Set<String> keepingTheRest,
                                     Set<String> derogableOnlyExpressly, Set<Evidence> bySubcontractor,
                                     Map<Evidence, Set<String>> items) {
        List<Finding> mine = all.stream().filter(f -> f.requirement().equals(requirement)).toList();
        for (String kind : pack.overridingKinds()) {
            List<Finding> fromKind = mine.stream()
                    .filter(f -> f.evidence().stream().anyMatch(e -> kind.equals(kinds.get(e.document())))).toList();
            if (!fromKind.isEmpty()) {
                // Only weak REVIEWs (a passing mention, « ces accès sont journalisés », or a vague faculty): enough
                // to set aside a MET found elsewhere, not a violation the overriding piece does not answer.
                boolean onlyWeak = fromKind.stream().allMatch(f -> f.status() == Status.REVIEW && !f.firm());
                // An amendment that keeps the rest of the contract in force (« les autres stipulations demeurent
                // inchangées ») replaces the articles it names, struck out already: a violation in another article
                // still stands beside what the amendment says.
                boolean amendment = kind.equals(pack.overridingKinds().get(0));
                boolean keepsTheRest = amendment && quotesOneOf(fromKind, kind, kinds, keepingTheRest);
                List<Finding> kept = new ArrayList<>(fromKind);
                mine.stream().filter(f -> !fromKind.contains(f) && (f.evidence().stream().allMatch(keptInForce::contains)
                                || ((onlyWeak || keepsTheRest) && f.status() == Status.VIOLATED)))
                        .forEach(kept::add);
                boolean saysItPrevails = quotesOneOf(fromKind, kind, kinds, prevailing);
                // Special conditions or an order form that say they prevail, against terms that let nothing derogate
                // from them but expressly (« sauf si le document mentionne expressément l'article auquel il déroge »):
                // a battle of the forms, which a person settles. (An article derogated from by number is already
                // struck out, see Amendments; an amendment, later than what it amends, wins.)
                boolean contested = !amendment && mine.stream()
                        .filter(f -> !kept.contains(f) && f.status() == Status.VIOLATED)
                        .flatMap(f -> f.evidence().stream())
                        .anyMatch(e -> !kind.equals(kinds.get(e.document()))
                                && derogableOnlyExpressly.contains(e.document()));
                // A prevailing piece answers what it speaks of: a violation by a subcontractor it never names (« Sonora
                // Speech Inc. | stockage des enregistrements… | Certification HDS : non applicable ») is not answered by
                // its MET about another company (« hébergés exclusivement par Telvio Cloud GmbH, certifiée »).
                boolean otherCompany = saysItPrevails && !contested && pack.perCompanyRequirements().contains(requirement)
                        && violatesThroughUnnamedCompany(kept, mine, bySubcontractor);
                // Nor does it answer an item it never names: « les journaux et le paramétrage ne sont pas restitués »
                // beside a prevailing return of « l'ensemble des photographies et des mesures ».
                boolean otherItem = saysItPrevails && !contested && !otherCompany
                        && violatesOnUnnamedItem(pack.perItemRequirements().getOrDefault(requirement, Set.of()), kept, mine, items);
                if (saysItPrevails && !contested && !otherCompany && !otherItem) {
                    return withSilencedReviews(requirement, kept, mine);
                }
                return withSilencedViolations(requirement, kept, mine, contested ? BATTLE_OF_THE_FORMS
                        : otherCompany ? OTHER_COMPANY_VIOLATION : otherItem ? OTHER_ITEM_VIOLATION : UNANSWERED_VIOLATION);
            }
        }
        return mine;
    }

    /**
     * The candidate's answer (a « mémoire technique ») that qualifies a requirement the dossier meets elsewhere:
     * « Conforme » then « dans la limite de nos propres standards », an API promised « à notre feuille de route ».
     * The two pieces bind together and say different things: the vague finding drawn from the answer becomes a firm
     * REVIEW quoting both, instead of yielding to the MET of the buyer's own requirements.
     */
    private List<Finding> answered(String requirement, List<Finding> mine, Map<String, String> kinds, Set<Evidence> reserved) {
        if (pack.answeringKinds().isEmpty()) {
            return mine;
        }
        java.util.function.Predicate<Finding> fromAnswer = f -> f.evidence().stream()
                .allMatch(e -> pack.answeringKinds().contains(kinds.get(e.document())));
        // A reservation: the answer's clause is hedged, left to the candidate, a mere faculty or carries an exception.
        List<Finding> reservations = mine.stream()
                .filter(f -> f.status() == Status.REVIEW && !f.firm() && fromAnswer.test(f)
                        && f.evidence().stream().anyMatch(reserved::contains)).toList();
        List<Evidence> met = mine.stream().filter(f -> f.status() == Status.MET && !fromAnswer.test(f))
                .flatMap(f -> f.evidence().stream()).distinct().toList();
        if (reservations.isEmpty() || met.isEmpty()) {
            return mine;
        }
        return withConflict(requirement, mine, met, reservations.stream().flatMap(f -> f.evidence().stream()).toList(),
                "L'offre du candidat nuance ou restreint une exigence que le dossier satisfait par ailleurs : les deux"
                        + " pièces engagent, vérifier ce qui a été réellement promis.");
    }

    /**
     * Whether a violation set aside quotes a clause naming one of the requirement's items (the pack's topics) that none
     * of the kept findings' quotations names.
     */
    private static boolean violatesOnUnnamedItem(Set<String> itemTopics, List<Finding> kept, List<Finding> mine,
                                                 Map<Evidence, Set<String>> items) {
        if (itemTopics.isEmpty()) {
            return false;
        }
        Set<String> answered = kept.stream().flatMap(f -> f.evidence().stream())
                .flatMap(e -> items.getOrDefault(e, Set.of()).stream()).collect(java.util.stream.Collectors.toSet());
        return mine.stream().filter(f -> !kept.contains(f) && f.status() == Status.VIOLATED)
                .flatMap(f -> f.evidence().stream())
                .flatMap(e -> items.getOrDefault(e, Set.of()).stream())
                .anyMatch(t -> itemTopics.contains(t) && !answered.contains(t));
    }

    /**
     * Whether a violation set aside quotes a subcontractor's clause naming a company that none of the kept findings'
     * quotations mentions.
     */
    private static boolean violatesThroughUnnamedCompany(List<Finding> kept, List<Finding> mine, Set<Evidence> bySubcontractor) {
        List<String> keptTexts = kept.stream().flatMap(f -> f.evidence().stream()).map(Evidence::text).toList();
        return mine.stream().filter(f -> !kept.contains(f) && f.status() == Status.VIOLATED)
                .flatMap(f -> f.evidence().stream())
                .filter(bySubcontractor::contains)
                .map(e -> Companies.in(e.text()))
                .anyMatch(names -> !names.isEmpty() && keptTexts.stream().noneMatch(t -> Companies.mentioned(names, t)));
    }

    /** The sentence speaks of a topic the pack names (an empty name, a topic the pack does not use: never). */
    private static boolean says(Statement s, String topic) {
        return !topic.isEmpty() && s.has(topic);
    }

    /** Whether a finding drawn from the overriding kind quotes, in a document of that kind, one of these documents. */
    private static boolean quotesOneOf(List<Finding> fromKind, String kind, Map<String, String> kinds, Set<String> documents) {
        return fromKind.stream().flatMap(f -> f.evidence().stream())
                .anyMatch(e -> kind.equals(kinds.get(e.document())) && documents.contains(e.document()));
    }

    /**
     * A piece that says it prevails and only meets the requirement sets aside the violations of the others; a firm
     * REVIEW of another piece (a register row « Northbeam Service Cloud, Inc. | tickets de support, y compris des
     * extraits de Données du Patient », no certificate stated, beside an amendment naming the certified host) is
     * nothing it answers, though: it stays, as a conflict quoting both sides. Weak REVIEWs are still set aside.
     */
    private static List<Finding> withSilencedReviews(String requirement, List<Finding> kept, List<Finding> mine) {
        boolean keptOnlyMeets = !kept.isEmpty() && kept.stream().allMatch(f -> f.status() == Status.MET);
        return withSilenced(requirement, kept, mine, keptOnlyMeets, f -> f.status() == Status.REVIEW && f.firm(),
                PREVAILING_MET_BESIDE_REVIEW);
    }

    private static List<Finding> withSilencedViolations(String requirement, List<Finding> kept, List<Finding> mine,
                                                        String message) {
        boolean keptOnlyMeets = kept.stream().noneMatch(f -> f.status() == Status.VIOLATED || (f.status() == Status.REVIEW && f.firm()))
                && kept.stream().anyMatch(f -> f.status() == Status.MET);
        return withSilenced(requirement, kept, mine, keptOnlyMeets, f -> f.status() == Status.VIOLATED, message);
    }

    /**
     * When what was kept only meets the requirement, the findings of the other pieces that {@code silenced} selects
     * stay as a conflict: a firm REVIEW quoting them, then the kept METs.
     */
    private static List<Finding> withSilenced(String requirement, List<Finding> kept, List<Finding> mine, boolean keptOnlyMeets,
                                              java.util.function.Predicate<Finding> silenced, String message) {
        if (!keptOnlyMeets) {
            return kept;
        }
        List<Evidence> quoted = mine.stream().filter(f -> !kept.contains(f) && silenced.test(f))
                .flatMap(f -> f.evidence().stream()).distinct().toList();
        if (quoted.isEmpty()) {
            return kept;
        }
        return withConflict(requirement, kept, quoted,
                kept.stream().filter(f -> f.status() == Status.MET).flatMap(f -> f.evidence().stream()).toList(), message);
    }

    /** The findings, and a firm REVIEW quoting one side of a conflict then the other (each quotation once). */
    private static List<Finding> withConflict(String requirement, List<Finding> findings, List<Evidence> oneSide,
                                              List<Evidence> otherSide, String message) {
        List<Evidence> both = new ArrayList<>(oneSide);
        otherSide.stream().filter(e -> !both.contains(e)).forEach(both::add);
        List<Finding> out = new ArrayList<>(findings);
        out.add(new Finding(requirement, Status.REVIEW, true, message, both));
        return out;
    }

    private boolean excludedByAncestors(ProfileSpec profile, String id) {
        return pack.lineage(profile).stream().anyMatch(p -> p.excluded().contains(id));
    }

    /** Assumptions win over the text, the text over the pack default; « true » wins when the text says both. */
    private List<ConditionResult> settleConditions(List<Condition> derived, Map<String, Boolean> assumptions) {
        List<ConditionResult> results = new ArrayList<>();
        for (ConditionSpec spec : pack.conditions().values()) {
            if (assumptions.containsKey(spec.name())) {
                results.add(new ConditionResult(spec.name(), spec.label(), assumptions.get(spec.name()), "hypothèse", null));
                continue;
            }
            Condition best = derived.stream().filter(c -> c.name().equals(spec.name()))
                    .min(Comparator.comparing((Condition c) -> !c.value())
                            .thenComparing(c -> c.evidence() == null ? "" : c.evidence().document())
                            .thenComparingInt(c -> c.evidence() == null ? 0 : c.evidence().start()))
                    .orElse(null);
            if (best != null) {
                results.add(new ConditionResult(spec.name(), spec.label(), best.value(), "texte", best.evidence()));
            } else {
                results.add(new ConditionResult(spec.name(), spec.label(), spec.defaultValue(), "défaut", null));
            }
        }
        return results;
    }

    private RequirementResult settle(RequirementSpec r, ProfileSpec profile, Map<String, Boolean> conditions,
                                     List<Finding> all) {
        Severity severity = severity(r, profile, conditions);
        List<String> unmet = r.appliesWhen().stream().filter(c -> !conditions.getOrDefault(c, false)).toList();
        if (!unmet.isEmpty()) {
            String labels = String.join(", ", unmet.stream().map(c -> pack.conditions().get(c).label()).toList());
            return result(r, severity, Status.NOT_APPLICABLE,
                    "Sans objet pour ce dossier (condition non remplie : " + labels + ").", List.of());
        }
        List<Finding> mine = all.stream().filter(f -> f.requirement().equals(r.id())).toList();
        if (mine.isEmpty()) {
            String message = r.onSilence() == Status.MET
                    ? "Aucune clause du dossier ne déroge au droit commun sur ce point : exigence satisfaite par silence."
                    : "Aucune clause du dossier ne traite de cette exigence.";
            return result(r, severity, r.onSilence(), message, List.of());
        }
        int top = mine.stream().mapToInt(Finding::rank).max().orElseThrow();
        List<Finding> decisive = mine.stream().filter(f -> f.rank() == top)
                .sorted(Comparator.comparing((Finding f) -> f.evidence().get(0).document())
                        .thenComparingInt(f -> f.evidence().get(0).start())
                        // Findings of one sentence come out of Drools in no set order: the report must not vary.
                        .thenComparing(Finding::message))
                .toList();
        Set<String> messages = new LinkedHashSet<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        for (Finding f : decisive) {
            messages.add(f.message());
            evidence.addAll(f.evidence());
        }
        String message = String.join(" ", messages);
        boolean conflicting = top >= 3 && mine.stream().anyMatch(f -> f.status() == Status.MET);
        if (conflicting) {
            message += " D'autres clauses du dossier vont dans le sens de l'exigence : elles ne suffisent pas à lever cet écart.";
        }
        return result(r, severity, decisive.get(0).status(), message, List.copyOf(evidence));
    }

    private Severity severity(RequirementSpec r, ProfileSpec profile, Map<String, Boolean> conditions) {
        for (ProfileSpec p : pack.lineage(profile)) {
            Severity override = p.severities().get(r.id());
            if (override != null) {
                return override;
            }
        }
        Severity severity = r.severity();
        for (Map.Entry<String, Severity> e : r.severityWhen().entrySet()) {
            if (conditions.getOrDefault(e.getKey(), false) && e.getValue().compareTo(severity) < 0) {
                severity = e.getValue();
            }
        }
        return severity;
    }

    private static RequirementResult result(RequirementSpec r, Severity severity, Status status, String message,
                                            List<Evidence> evidence) {
        return new RequirementResult(r.id(), r.title(), r.domain(), severity, status, message, evidence,
                r.reference(), r.remediation());
    }
}
