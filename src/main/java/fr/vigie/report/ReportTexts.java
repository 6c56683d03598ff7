package fr.vigie.report;

import fr.vigie.facts.Evidence;
import fr.vigie.facts.Status;
import fr.vigie.rules.Severity;

/** French wording shared by the report writers. */
public final class ReportTexts {

    private ReportTexts() {
    }

    public static String status(Status status) {
        return switch (status) {
            case MET -> "Conforme";
            case MISSING -> "Absent";
            case VIOLATED -> "Non conforme";
            case REVIEW -> "À revoir";
            case NOT_APPLICABLE -> "Sans objet";
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "Critique";
            case MAJOR -> "Majeure";
            case MINOR -> "Mineure";
        };
    }

    public static String verdict(GapReport report) {
        int critical = report.summary().criticalGaps();
        return switch (report.verdict()) {
            case CRITICAL_GAPS -> "Ne pas signer en l'état : " + critical
                    + (critical > 1 ? " écarts critiques" : " écart critique");
            case GAPS -> "Des écarts restent à corriger (aucun n'est critique)";
            case COMPLIANT -> "Toutes les exigences applicables sont satisfaites";
        };
    }

    /** « contrat.pdf, page 3, Article 9 – Réversibilité ». */
    public static String location(Evidence e) {
        StringBuilder s = new StringBuilder(e.document()).append(", page ").append(e.page());
        if (e.section() != null && !e.section().isBlank()) {
            s.append(", ").append(e.section());
        }
        return s.toString();
    }

    /** What a waiver means for its gap, with its justification and author (the report and the web page). */
    public static String waiver(RequirementResult.WaiverNote w) {
        return (w.expired() ? "Dérogation expirée le " + w.expires() + " : elle ne s’applique plus. "
                : "Dérogation jusqu’au " + w.expires() + " : écart accepté, non compté dans le verdict. ")
                + "Justification : " + w.justification() + " (" + w.author() + ")";
    }

    /** The same wording for templates, which call instance methods. */
    public static final class Bean {
        public String status(Status s) {
            return ReportTexts.status(s);
        }

        public String statusName(String name) {
            return ReportTexts.status(Status.valueOf(name));
        }

        public String severity(Severity s) {
            return ReportTexts.severity(s);
        }

        public String severityName(String name) {
            return ReportTexts.severity(Severity.valueOf(name));
        }

        public String location(Evidence e) {
            return ReportTexts.location(e);
        }

        public String waiver(RequirementResult.WaiverNote w) {
            return ReportTexts.waiver(w);
        }
    }
}
