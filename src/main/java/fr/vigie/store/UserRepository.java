package fr.vigie.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Local accounts (the embedded default, or accounts an administrator adds in production). */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :u").param("u", username)
                .query((rs, n) -> new UserAccount(rs.getString("username"), rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")), rs.getString("establishment"), rs.getBoolean("enabled")))
                .optional();
    }

    /** Creates the account, or replaces its password, role and establishment. */
    public void save(UserAccount a) {
        int updated = jdbc.sql("""
                UPDATE app_user SET password_hash = :p, role = :r, establishment = :e, enabled = :en WHERE username = :u""")
                .param("p", a.passwordHash()).param("r", a.role().name()).param("e", a.establishment())
                .param("en", a.enabled()).param("u", a.username())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO app_user (username, password_hash, role, establishment, enabled) VALUES (:u, :p, :r, :e, :en)")
                    .param("u", a.username()).param("p", a.passwordHash()).param("r", a.role().name())
                    .param("e", a.establishment()).param("en", a.enabled())
                    .update();
        }
    }
}
