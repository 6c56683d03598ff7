package fr.vigie.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param waiver      the waiver (dérogation) recorded for this gap, expired or not; null when none
 */
public record RequirementResult(String requirement, String title, String domain, Severity severity, Status status,
                                String message, List<Evidence> evidence, String reference, String remediation,
                                @JsonInclude(JsonInclude.Include.NON_NULL) WaiverNote waiver) {

    public RequirementResult {
        evidence = List.copyOf(evidence);
    }

    public RequirementResult(String requirement, String title, String domain, Severity severity, Status status,
                             String message, List<Evidence> evidence, String reference, String remediation) {
        this(requirement, title, domain, severity, status, message, evidence, reference, remediation, null);
    }

    /**
     * A waiver as the report shows it: the gap keeps its status, and is not counted as open while the waiver runs.
     *
     * @param expired true when the waiver's date has passed: it no longer applies, and the report says so
     */
    public record WaiverNote(String justification, String author, String expires, boolean expired) {
    }

    public RequirementResult withWaiver(WaiverNote note) {
        return new RequirementResult(requirement, title, domain, severity, status, message, evidence, reference, remediation, note);
    }

    /** A gap that no running waiver covers: what the verdict and the exit code count. */
    @JsonIgnore
    public boolean isOpenGap() {
        return isGap() && (waiver == null || waiver.expired());
    }

    /** Not MET and not NOT_APPLICABLE. */
    public boolean isGap() {
        return status == Status.MISSING || status == Status.VIOLATED || status == Status.REVIEW;
    }
}
