package fr.vigie.facts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A threshold or setting of the active profile, set by the pack's decision tables.
 * Numeric thresholds carry their unit as written by legal staff in the table; durations are
 * compared in hours with {@link #hours()}, using the same month and year lengths as the pack's
 * units vocabulary (a month is 30 days, so « 180 jours » equals « 6 mois »).
 *
 * @param key   « SEC-03.max », « LOC.zone »...
 * @param value numeric value (0 for a text setting)
 * @param text  the unit of a numeric threshold (« heures », « jours », « mois », « ans », « % »),
 *              or the value of a text setting (« EEA », « FR »)
 */
public record Threshold(String key, double value, String text) {

    public static Threshold number(String key, double value) {
        return new Threshold(key, value, "");
    }

    public static Threshold text(String key, String text) {
        return new Threshold(key, 0, text);
    }

    /** The threshold as a duration in hours; fails on a unit that is not a duration. */
    public double hours() {
        String unit = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).trim();
        return value * switch (unit) {
            case "h", "heure", "heures" -> 1;
            case "jour", "jours" -> 24;
            case "semaine", "semaines" -> 24 * 7;
            case "mois" -> 24 * 30;
            case "an", "ans", "annee", "annees" -> 24 * 365;
            default -> throw new IllegalStateException(
                    "Seuil " + key + " : unité de durée inconnue « " + text + " » (heures, jours, semaines, mois, ans)");
        };
    }
}
