package fr.vigie.store;

/** What a user of the web application may do. */
public enum Role {
    /** a hospital buyer: the dossiers of their own establishment */
    BUYER,
    /** legal staff of the group: every dossier, waivers */
    LEGAL,
    /** a group auditor: every dossier, read and search */
    AUDITOR,
    /** administrator: everything, pack status */
    ADMIN;

    /** Whether the role sees the dossiers of every establishment of the group. */
    public boolean seesWholeGroup() {
        return this != BUYER;
    }
}
