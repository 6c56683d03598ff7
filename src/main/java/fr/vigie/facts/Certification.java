package fr.vigie.facts;

import java.util.Set;

/**
 * A certification or qualification that a clause speaks of.
 *
 * @param statementId the statement of the sentence
 * @param scheme      the scheme id from the vocabulary (« HDS », « SECNUMCLOUD », « ISO27001 »...)
 * @param holder      who holds it: the provider, or a subcontractor/host
 * @param status      held, required, in progress, not held
 * @param activities  HDS activities 1 to 6 named by the clause (empty when none are named)
 * @param details     certificate number, certifier or validity as written, empty when none
 * @param evidence    the quoted sentence
 */
public record Certification(String statementId, String scheme, Party holder, CertificationStatus status,
                            Set<Integer> activities, String details, Evidence evidence) {

    public Certification {
        activities = Set.copyOf(activities);
    }

    /** Held or contractually required: the contract secures it. */
    public boolean secured() {
        return status == CertificationStatus.HELD || status == CertificationStatus.REQUIRED;
    }

    /**
     * The certificate names only the activities of physical hosting (1, the sites, and 2, the hardware): whoever
     * runs the virtual infrastructure, the platform and the application needs another.
     */
    public boolean infrastructureOnly() {
        return !activities.isEmpty() && activities.stream().allMatch(a -> a <= 2);
    }

    public boolean coversAll(int from, int to) {
        for (int a = from; a <= to; a++) {
            if (!activities.contains(a)) {
                return false;
            }
        }
        return true;
    }
}
