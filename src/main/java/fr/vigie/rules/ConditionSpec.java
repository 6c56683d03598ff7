package fr.vigie.rules;

/**
 * An applicability condition declared by a pack.
 *
 * @param name         condition name (« HEALTH_DATA »)
 * @param label        French label
 * @param defaultValue value when the text shows nothing and the user assumed nothing
 */
public record ConditionSpec(String name, String label, boolean defaultValue) {
}
