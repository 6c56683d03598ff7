package fr.vigie.report;

/** The overall verdict of a gap report, shown first to the buyer. */
public enum Verdict {
    /** at least one CRITICAL requirement is VIOLATED, MISSING or REVIEW: do not sign as is */
    CRITICAL_GAPS,
    /** gaps remain, none critical */
    GAPS,
    /** every applicable requirement is MET */
    COMPLIANT
}
