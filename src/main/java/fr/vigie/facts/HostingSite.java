package fr.vigie.facts;

import java.util.Set;

/**
 * A place where data is hosted, backed up, recovered or accessed from, as a clause states it.
 *
 * @param statementId the statement of the sentence
 * @param role        what the place is for, from the words around it
 * @param place       the place as written (« Roubaix », « Union européenne », « États-Unis »)
 * @param country     ISO 3166 alpha-2 code, or empty for a zone (« Union européenne »)
 * @param zones       zones the place belongs to: « FR », « EU », « EEA »; empty outside the EEA; « ~EEA » when
 *                    it only loosely lies in one (see {@link #loosely(String)})
 * @param precise     a city, region or datacentre is named, not only a country or a zone
 * @param outside     the clause speaks of the complement (« hors de l'Union européenne »)
 * @param negated     the clause is negated (« aucune donnée n'est stockée hors de l'UE »)
 * @param modality    the deontic force of the clause
 * @param discretion  the provider decides alone where data goes
 * @param evidence    the quoted sentence
 */
public record HostingSite(String statementId, SiteRole role, String place, String country, Set<String> zones,
                          boolean precise, boolean outside, boolean negated, Modality modality, boolean discretion,
                          Evidence evidence) {

    public HostingSite {
        zones = Set.copyOf(zones);
    }

    /** The clause places data inside the zone (positively, not « hors de »). */
    public boolean within(String zone) {
        return !outside && !negated && zones.contains(zone);
    }

    /**
     * Data may be outside the zone: the place named is outside it, or the clause opens the complement of a place
     * that covers the zone (« les données peuvent être hébergées hors de l'Union européenne »). The complement of a
     * country covers only that country (« hors de France » may still be Germany, inside the EEA); the complement
     * of the Union is read as outside the EEA, as drafters mean it.
     */
    public boolean beyond(String zone) {
        if (outside) {
            return !negated && (country.isEmpty() || country.equals(zone));
        }
        return !zones.contains(zone) && !loosely(zone);
    }

    /**
     * The place only loosely lies in the zone: places.yaml marks it « ~EEA » (« en Europe »: the continent holds
     * the United Kingdom and Switzerland too). Neither within nor beyond: a person must check.
     */
    public boolean loosely(String zone) {
        return !outside && !negated && zones.contains("~" + zone);
    }

    /** The place as a report names it: « Lyon », or « hors Union européenne » for the complement of a place. */
    public String described() {
        return outside ? "hors " + place : place;
    }
}
