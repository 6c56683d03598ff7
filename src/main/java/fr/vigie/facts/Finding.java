package fr.vigie.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * What one rule of the pack concludes about one requirement. Rules insert findings with
 * {@code insertLogical}; the engine then settles each requirement on all its findings:
 * VIOLATED, then a firm REVIEW (hedge, exception, conflict), then MET, then a weak REVIEW
 * (the topic is addressed but an element is missing), then MISSING.
 *
 * @param requirement the requirement ID of the catalog (« SEC-03 »)
 * @param status      MET, VIOLATED or REVIEW
 * @param firm        for REVIEW: true when it must override a MET found elsewhere (hedged, conflicting,
 *                    at the provider's discretion); false when it only says the topic is addressed
 *                    too vaguely (a precise clause elsewhere wins). Always true for MET and VIOLATED.
 * @param message     French explanation for the report
 * @param evidence    the sentences the finding rests on (never empty)
 */
public record Finding(String requirement, Status status, boolean firm, String message, List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public static Finding met(String requirement, String message, Object... sources) {
        return new Finding(requirement, Status.MET, true, message, evidenceOf(sources));
    }

    public static Finding violated(String requirement, String message, Object... sources) {
        return new Finding(requirement, Status.VIOLATED, true, message, evidenceOf(sources));
    }

    /** A REVIEW that wins over a MET found elsewhere: hedged, conditional or conflicting wording. */
    public static Finding review(String requirement, String message, Object... sources) {
        return new Finding(requirement, Status.REVIEW, true, message, evidenceOf(sources));
    }

    /** A REVIEW that a precise MET clause elsewhere in the dossier settles: the topic is addressed vaguely. */
    public static Finding vague(String requirement, String message, Object... sources) {
        return new Finding(requirement, Status.REVIEW, false, message, evidenceOf(sources));
    }

    /** Rank used to settle a requirement: the highest rank wins. */
    public int rank() {
        return switch (status) {
            case VIOLATED -> 4;
            case REVIEW -> firm ? 3 : 1;
            case MET -> 2;
            default -> 0;
        };
    }

    private static List<Evidence> evidenceOf(Object... sources) {
        List<Evidence> list = new ArrayList<>();
        for (Object source : sources) {
            if (source instanceof Statement s) {
                list.add(s.evidence());
            } else if (source instanceof HostingSite h) {
                list.add(h.evidence());
            } else if (source instanceof Certification c) {
                list.add(c.evidence());
            } else if (source instanceof Evidence e) {
                list.add(e);
            } else if (source instanceof Condition c && c.evidence() != null) {
                list.add(c.evidence());
            } else if (source != null) {
                throw new IllegalArgumentException("Not an evidence source: " + source.getClass().getName());
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("A finding needs at least one piece of evidence");
        }
        return list;
    }
}
