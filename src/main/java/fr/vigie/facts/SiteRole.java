package fr.vigie.facts;

/** What a hosting place is used for. */
public enum SiteRole {
    PRIMARY,
    BACKUP,
    DISASTER_RECOVERY,
    /** administration, support, maintenance or remote access */
    SUPPORT,
    UNSPECIFIED
}
