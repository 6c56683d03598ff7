package fr.vigie.web;

import fr.vigie.store.Role;
import fr.vigie.store.UserAccount;
import fr.vigie.store.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the embedded default — acheteur (buyer of « CH Démo »), juriste, auditeur, admin — with
 * the password of VIGIE_DEMO_PASSWORD. None without that variable, none in the production profile.
 */
@Component
public class DemoAccounts implements ApplicationRunner {

    static final String DEMO_ESTABLISHMENT = "CH Démo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final VigieProperties properties;
    private final UserRepository users;
    private final PasswordEncoder encoder;

    public DemoAccounts(VigieProperties properties, UserRepository users, PasswordEncoder encoder) {
        this.properties = properties;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoAccounts()) {
            return;
        }
        String password = properties.demoPassword();
        if (password == null || password.isBlank()) {
            LOG.warn("Aucun compte de démonstration créé : définissez VIGIE_DEMO_PASSWORD pour créer acheteur, juriste, "
                    + "auditeur et admin.");
            return;
        }
        String hash = encoder.encode(password);
        users.save(new UserAccount("acheteur", hash, Role.BUYER, DEMO_ESTABLISHMENT, true));
        users.save(new UserAccount("juriste", hash, Role.LEGAL, "Groupement", true));
        users.save(new UserAccount("auditeur", hash, Role.AUDITOR, "Groupement", true));
        users.save(new UserAccount("admin", hash, Role.ADMIN, "Groupement", true));
        LOG.warn("Comptes de démonstration acheteur, juriste, auditeur et admin actifs avec le mot de passe de "
                + "VIGIE_DEMO_PASSWORD : ne pas utiliser en production (profil prod).");
    }
}
