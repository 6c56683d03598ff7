package fr.vigie.web;

import fr.vigie.store.Role;
import fr.vigie.store.UserRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Turns Spring Security's authentication into a {@link VigieUser}. Local accounts carry their role and
 * establishment in the database; OIDC users carry them in token claims ({@code vigie.oidc.*}).
 */
@Component
public class CurrentUsers {

    private final UserRepository users;
    private final String establishmentClaim;
    private final String roleClaim;

    public CurrentUsers(UserRepository users,
                        @org.springframework.beans.factory.annotation.Value("${vigie.oidc.establishment-claim:establishment}") String establishmentClaim,
                        @org.springframework.beans.factory.annotation.Value("${vigie.oidc.role-claim:vigie_role}") String roleClaim) {
        this.users = users;
        this.establishmentClaim = establishmentClaim;
        this.roleClaim = roleClaim;
    }

    public VigieUser of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("not signed in");
        }
        if (authentication.getPrincipal() instanceof OidcUser oidc) {
            return fromClaims(oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : oidc.getSubject(),
                    oidc.getClaimAsString(roleClaim), oidc.getClaimAsString(establishmentClaim));
        }
        return users.find(authentication.getName())
                .map(a -> new VigieUser(a.username(), a.role(), a.establishment()))
                .orElseGet(() -> new VigieUser(authentication.getName(), roleOf(authentication), ""));
    }

    /** A user whose role claim is missing or unknown is a buyer without establishment: sees nothing. */
    static VigieUser fromClaims(String username, String role, String establishment) {
        Role parsed = Role.BUYER;
        if (role != null) {
            try {
                parsed = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                parsed = Role.BUYER;
            }
        }
        return new VigieUser(username, parsed, establishment == null ? "" : establishment.strip());
    }

    private static Role roleOf(Authentication authentication) {
        for (GrantedAuthority a : authentication.getAuthorities()) {
            String name = a.getAuthority().replaceFirst("^ROLE_", "");
            for (Role r : Role.values()) {
                if (r.name().equals(name)) {
                    return r;
                }
            }
        }
        return Role.BUYER;
    }
}
