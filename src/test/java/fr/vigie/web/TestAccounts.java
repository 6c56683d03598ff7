package fr.vigie.web;

import fr.vigie.store.Role;
import fr.vigie.store.UserAccount;
import fr.vigie.store.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts of two establishments and the group, created in the test database. */
final class TestAccounts {

    static final String PASSWORD = "mot-de-passe-de-test";
    static final String NORD = "CHU Nord";
    static final String SUD = "CH Sud";

    private TestAccounts() {
    }

    static void create(UserRepository users, PasswordEncoder encoder) {
        String hash = encoder.encode(PASSWORD);
        users.save(new UserAccount("acheteur-nord", hash, Role.BUYER, NORD, true));
        users.save(new UserAccount("acheteur-sud", hash, Role.BUYER, SUD, true));
        users.save(new UserAccount("auditeur", hash, Role.AUDITOR, "Groupement", true));
        users.save(new UserAccount("juriste", hash, Role.LEGAL, "Groupement", true));
    }
}
