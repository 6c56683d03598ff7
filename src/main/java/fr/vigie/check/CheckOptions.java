package fr.vigie.check;

import java.util.Map;

/**
 * How to check a dossier.
 *
 * @param profile     profile name of the pack, or null for the pack's default
 * @param assumptions conditions forced by the user (--assume HEALTH_DATA=true)
 */
public record CheckOptions(String profile, Map<String, Boolean> assumptions) {

    public CheckOptions {
        assumptions = Map.copyOf(assumptions);
    }

    public static CheckOptions defaults() {
        return new CheckOptions(null, Map.of());
    }
}
