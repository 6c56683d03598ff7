package fr.vigie.rules;

import fr.vigie.facts.Status;

import java.util.List;
import java.util.Map;

/**
 * A requirement of a rule pack, read from its metadata file ({@code <FAMILY>/<ID>.yaml}).
 *
 * @param id           catalog ID, used verbatim everywhere (« SOV-01 »)
 * @param title        French title
 * @param domain       family (« SOV », « HDS »...)
 * @param severity     default severity
 * @param severityWhen severity when a dossier condition holds (LOC-01: CRITICAL when HEALTH_DATA)
 * @param appliesWhen  conditions that must all hold for the requirement to apply (empty: always)
 * @param onSilence    status when no rule fires: MISSING, or MET for requirements met by silence (CTR-02)
 * @param reference    legal reference
 * @param remediation  French clause to add or change
 * @param rationale    French explanation of why it matters
 * @param since        pack version that introduced it
 */
public record RequirementSpec(String id, String title, String domain, Severity severity,
                              Map<String, Severity> severityWhen, List<String> appliesWhen, Status onSilence,
                              String reference, String remediation, String rationale, String since) {

    public RequirementSpec {
        severityWhen = Map.copyOf(severityWhen);
        appliesWhen = List.copyOf(appliesWhen);
    }
}
