package fr.vigie.facts;

/**
 * An applicability condition of the dossier (HEALTH_DATA, EXTERNAL_HOSTING, PERSONAL_DATA,
 * ON_PREMISE_SOFTWARE...), derived by the pack's rules from the text. The user may force a value
 * (--assume), which then wins over the derived one.
 *
 * @param name     condition name
 * @param value    whether it holds
 * @param evidence the sentence that shows it, or null
 */
public record Condition(String name, boolean value, Evidence evidence) {

    public static Condition of(String name, boolean value, Statement source) {
        return new Condition(name, value, source == null ? null : source.evidence());
    }
}
