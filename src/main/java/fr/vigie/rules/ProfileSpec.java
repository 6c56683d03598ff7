package fr.vigie.rules;

import java.util.Map;
import java.util.Set;

/**
 * A profile of a pack ({@code profiles/<name>.yaml}), in the spirit of OpenSCAP tailoring: it selects
 * requirements and overrides severities. Thresholds per profile live in the pack's decision tables.
 *
 * @param name       profile name (« standard », « strict-fr », « sensitive »)
 * @param title      French title
 * @param parent     name of the profile it extends, or null
 * @param excluded   requirement IDs this profile does not judge
 * @param severities severity overrides by requirement ID
 */
public record ProfileSpec(String name, String title, String parent, Set<String> excluded,
                          Map<String, Severity> severities) {

    public ProfileSpec {
        excluded = Set.copyOf(excluded);
        severities = Map.copyOf(severities);
    }
}
