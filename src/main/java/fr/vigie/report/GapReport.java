package fr.vigie.report;

import fr.vigie.document.DocumentFailure;
import fr.vigie.facts.Evidence;
import fr.vigie.facts.Status;

import java.util.List;
import java.util.Map;

/**
 * The gap report of one dossier (JSON schema « vigie-report/1 », documented in docs/report-schema.md).
 */
public record GapReport(String schema, String generatedAt, DossierInfo dossier, PackRef pack, String profile,
                        Map<String, Boolean> assumptions, List<ConditionResult> conditions, Summary summary,
                        Verdict verdict, List<RequirementResult> findings) {

    public static final String SCHEMA = "vigie-report/1";

    public GapReport {
        assumptions = Map.copyOf(assumptions);
        conditions = List.copyOf(conditions);
        findings = List.copyOf(findings);
    }

    /** @param kind detected document kind (« CCAP », « CCTP », « DPA »..., « AUTRE ») */
    public record DocumentInfo(String name, String sha256, int pages, String kind, String language) {
    }

    public record DossierInfo(String name, List<DocumentInfo> documents, List<DocumentFailure> failures) {
        public DossierInfo {
            documents = List.copyOf(documents);
            failures = List.copyOf(failures);
        }
    }

    /** @param contentHash SHA-256 over every file of the pack, so a report traces to the exact rules */
    public record PackRef(String id, String version, String contentHash) {
    }

    /** @param source « texte », « hypothèse » (--assume) or « défaut » */
    public record ConditionResult(String name, String label, boolean value, String source, Evidence evidence) {
    }

    /** The summary of findings: counts by status, and CRITICAL gaps not covered by a running waiver. */
    public static Summary summarize(List<RequirementResult> findings) {
        Map<Status, Integer> counts = new java.util.EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        findings.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        int critical = (int) findings.stream().filter(r -> r.isOpenGap() && r.severity() == fr.vigie.rules.Severity.CRITICAL).count();
        return new Summary(findings.size(), counts, critical);
    }

    /** CRITICAL_GAPS when an open gap is critical, GAPS when some gap is open, else COMPLIANT. */
    public static Verdict verdictOf(List<RequirementResult> findings) {
        if (findings.stream().anyMatch(r -> r.isOpenGap() && r.severity() == fr.vigie.rules.Severity.CRITICAL)) {
            return Verdict.CRITICAL_GAPS;
        }
        return findings.stream().anyMatch(RequirementResult::isOpenGap) ? Verdict.GAPS : Verdict.COMPLIANT;
    }

    /** The same report with other findings (waivers applied): summary and verdict follow. */
    public GapReport withFindings(List<RequirementResult> newFindings) {
        return new GapReport(schema, generatedAt, dossier, pack, profile, assumptions, conditions, summarize(newFindings),
                verdictOf(newFindings), newFindings);
    }

    /** @param criticalGaps CRITICAL requirements that are MISSING, VIOLATED or REVIEW and not waived */
    public record Summary(int total, Map<Status, Integer> byStatus, int criticalGaps) {
        public Summary {
            byStatus = Map.copyOf(byStatus);
        }
    }
}
