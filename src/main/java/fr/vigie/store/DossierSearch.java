package fr.vigie.store;

/**
 * Criteria of the history page; null or blank criteria are ignored.
 *
 * @param establishment null for every establishment (group-wide roles)
 * @param provider      part of the provider's name, case-insensitive
 * @param verdict       CRITICAL_GAPS, GAPS or COMPLIANT
 * @param requirement   a requirement ID, with {@code status}: dossiers whose finding has that status
 */
public record DossierSearch(String establishment, String provider, String verdict, String requirement, String status) {

    public static DossierSearch all(String establishment) {
        return new DossierSearch(establishment, null, null, null, null);
    }
}
