package fr.vigie.eval;

import fr.vigie.facts.Evidence;
import fr.vigie.facts.Status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of Vigie with the gold labels.
 *
 * @param dossiers       dossiers scored
 * @param labels         requirement labels compared
 * @param accuracy       share of labels where Vigie's status equals the gold status
 * @param unsafeMet      Vigie says MET where gold says MISSING or VIOLATED
 * @param gapPrecision   among requirements Vigie flags as gaps (MISSING, VIOLATED, REVIEW) and gold has as MET or gap,
 *                       the share that gold has as gaps
 * @param gapRecall      among gold gaps (against MET), the share Vigie flags as gaps
 * @param confusion      gold status → Vigie status → count
 * @param perRequirement accuracy per requirement ID
 * @param perDomain      accuracy per domain
 * @param disagreements  every label where Vigie and gold differ
 * @param failures       dossiers Vigie could not check (an internal error): their labels count as compared and missed
 */
public record Evaluation(int dossiers, int labels, double accuracy, int unsafeMet, double gapPrecision, double gapRecall,
                         Map<Status, Map<Status, Integer>> confusion, Map<String, Double> perRequirement,
                         Map<String, Double> perDomain, List<Disagreement> disagreements, List<Failure> failures) {

    public Evaluation {
        disagreements = List.copyOf(disagreements);
        failures = List.copyOf(failures);
    }

    /** A dossier whose check failed, with the error, so that one bad dossier never hides the others' scores. */
    public record Failure(String dossier, String error) {
    }

    /** One label where Vigie and the gold disagree, with what each side rests on. */
    public record Disagreement(String dossier, String requirement, Status gold, Status vigie, boolean unsafe,
                               String goldWhy, String vigieMessage, List<Evidence> evidence) {
    }

    static Map<Status, Map<Status, Integer>> emptyConfusion() {
        Map<Status, Map<Status, Integer>> m = new EnumMap<>(Status.class);
        for (Status g : Status.values()) {
            Map<Status, Integer> row = new EnumMap<>(Status.class);
            for (Status v : Status.values()) {
                row.put(v, 0);
            }
            m.put(g, row);
        }
        return m;
    }
}
