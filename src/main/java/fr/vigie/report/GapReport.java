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

    /** @param criticalGaps CRITICAL requirements that are MISSING, VIOLATED or REVIEW */
    public record Summary(int total, Map<Status, Integer> byStatus, int criticalGaps) {
        public Summary {
            byStatus = Map.copyOf(byStatus);
        }
    }
}
