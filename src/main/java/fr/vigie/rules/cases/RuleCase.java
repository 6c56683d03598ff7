package fr.vigie.rules.cases;

import fr.vigie.facts.Status;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One fixture case of a requirement ({@code <ID>.cases.yaml}): a small dossier and the status expected.
 *
 * @param requirement      requirement ID
 * @param description      what the case shows (the test's display name)
 * @param source           the cases file
 * @param text             a small document written inline, or null
 * @param documents        fixture documents (relative to the pack), used when {@code text} is null
 * @param profile          profile to run under, or null for the default
 * @param assume           conditions forced for the case
 * @param expected         expected status
 * @param evidenceContains text the evidence must contain, or null
 * @param knownGap         a recorded miss: reported, not failing
 */
public record RuleCase(String requirement, String description, Path source, String text, List<Path> documents,
                       String profile, Map<String, Boolean> assume, Status expected, String evidenceContains,
                       boolean knownGap) {
}
