package fr.vigie.store;

/** A local account of the web application (the password is only ever stored hashed). */
public record UserAccount(String username, String passwordHash, Role role, String establishment, boolean enabled) {
}
