package fr.vigie.report;

import fr.vigie.facts.Evidence;
import fr.vigie.facts.Status;
import fr.vigie.rules.Severity;

import java.util.List;

/**
 * One row of a gap report: the settled status of one requirement for the dossier.
 * Every requirement of the pack's active profile has exactly one row.
 *
 * @param requirement catalog ID
 * @param title       French title
 * @param domain      family
 * @param severity    effective severity (profile and conditions applied)
 * @param status      settled status
 * @param message     French explanation of the status
 * @param evidence    the sentences used; empty only for MISSING, NOT_APPLICABLE and MET by silence
 * @param reference   legal reference
 * @param remediation French clause to add or change (present whatever the status)
 */
public record RequirementResult(String requirement, String title, String domain, Severity severity, Status status,
                                String message, List<Evidence> evidence, String reference, String remediation) {

    public RequirementResult {
        evidence = List.copyOf(evidence);
    }

    /** Not MET and not NOT_APPLICABLE. */
    public boolean isGap() {
        return status == Status.MISSING || status == Status.VIOLATED || status == Status.REVIEW;
    }
}
