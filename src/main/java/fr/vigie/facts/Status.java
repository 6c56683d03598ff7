package fr.vigie.facts;

/** The verdict on one requirement for one dossier. */
public enum Status {
    MET, MISSING, VIOLATED, REVIEW, NOT_APPLICABLE
}
