package fr.vigie.eval;

import fr.vigie.check.CheckOptions;
import fr.vigie.check.DossierChecker;
import fr.vigie.facts.Status;
import fr.vigie.report.GapReport;
import fr.vigie.report.RequirementResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Checks every gold dossier and compares Vigie's statuses with the gold labels. */
public final class Evaluator {

    private final DossierChecker checker;

    public Evaluator(DossierChecker checker) {
        this.checker = checker;
    }

    public Evaluation evaluate(List<GoldDossier> dossiers) {
        return evaluate(dossiers, report -> { });
    }

    /** Evaluates, handing each dossier's gap report to {@code onReport} (to write it, for instance). */
    public Evaluation evaluate(List<GoldDossier> dossiers, java.util.function.Consumer<GapReport> onReport) {
        var confusion = Evaluation.emptyConfusion();
        Map<String, int[]> perRequirement = new TreeMap<>();
        Map<String, int[]> perDomain = new LinkedHashMap<>();
        List<Evaluation.Disagreement> disagreements = new ArrayList<>();
        int labels = 0;
        int agree = 0;
        int unsafe = 0;
        int flagged = 0;
        int flaggedRight = 0;
        int goldGaps = 0;
        int goldGapsFlagged = 0;
        List<Evaluation.Failure> failures = new ArrayList<>();
        for (GoldDossier gold : dossiers) {
            GapReport report;
            try {
                report = checker.check(gold.id(), List.of(gold.folder()), new CheckOptions(gold.profile(), gold.assume()));
            } catch (RuntimeException | StackOverflowError e) {
                // An internal error on one dossier is reported with it; its labels count as missed, so the figures
                // cannot look better for it, and the other dossiers are still scored.
                failures.add(new Evaluation.Failure(gold.split() + "/" + gold.id(), String.valueOf(e)));
                labels += gold.labels().size();
                continue;
            }
            onReport.accept(report);
            for (RequirementResult r : report.findings()) {
                Status expected = gold.labels().get(r.requirement());
                if (expected == null) {
                    continue;
                }
                labels++;
                confusion.get(expected).merge(r.status(), 1, Integer::sum);
                boolean same = expected == r.status();
                agree += same ? 1 : 0;
                perRequirement.computeIfAbsent(r.requirement(), k -> new int[2])[same ? 0 : 1]++;
                perDomain.computeIfAbsent(r.domain(), k -> new int[2])[same ? 0 : 1]++;
                boolean isUnsafe = r.status() == Status.MET && (expected == Status.MISSING || expected == Status.VIOLATED);
                unsafe += isUnsafe ? 1 : 0;
                // Gap metrics compare gaps against MET; NOT_APPLICABLE on either side is left out of them.
                boolean goldGap = isGap(expected);
                boolean vigieGap = isGap(r.status());
                boolean comparable = expected != Status.NOT_APPLICABLE && r.status() != Status.NOT_APPLICABLE;
                if (comparable && vigieGap) {
                    flagged++;
                    flaggedRight += goldGap ? 1 : 0;
                }
                if (comparable && goldGap) {
                    goldGaps++;
                    goldGapsFlagged += vigieGap ? 1 : 0;
                }
                if (!same) {
                    disagreements.add(new Evaluation.Disagreement(gold.split() + "/" + gold.id(), r.requirement(), expected,
                            r.status(), isUnsafe, gold.reasons().getOrDefault(r.requirement(), ""), r.message(), r.evidence()));
                }
            }
        }
        return new Evaluation(dossiers.size(), labels, ratio(agree, labels), unsafe, ratio(flaggedRight, flagged),
                ratio(goldGapsFlagged, goldGaps), confusion, rates(perRequirement), rates(perDomain), disagreements, failures);
    }

    private static boolean isGap(Status s) {
        return s == Status.MISSING || s == Status.VIOLATED || s == Status.REVIEW;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static Map<String, Double> rates(Map<String, int[]> counts) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, ratio(v[0], v[0] + v[1])));
        return out;
    }
}
