package fr.vigie.facts;

/** What a hosting place is used for. */
public enum SiteRole {
    PRIMARY,
    BACKUP,
    DISASTER_RECOVERY,
    /** administration, support, maintenance or remote access */
    SUPPORT,
    /**
     * a destination of a transfer of personal data, named in a clause that speaks of transfers and not of hosting:
     * GDPR chapter V's matter (LOC-05), not where the hosted data live
     */
    TRANSFER,
    UNSPECIFIED
}
