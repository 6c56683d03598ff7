package fr.vigie.web;

import fr.vigie.store.Role;

/**
 * The signed-in user as the application sees it, whatever the login (local account, HTTP Basic, OIDC).
 *
 * @param establishment the establishment whose dossiers a buyer sees and files under
 */
public record VigieUser(String username, Role role, String establishment) {

    /** Whether this user may read a dossier of {@code dossierEstablishment}. */
    public boolean mayRead(String dossierEstablishment) {
        return role.seesWholeGroup() || establishment.equals(dossierEstablishment);
    }

    /** The establishment filter of the history: null for group-wide roles. */
    public String visibleEstablishment() {
        return role.seesWholeGroup() ? null : establishment;
    }
}
