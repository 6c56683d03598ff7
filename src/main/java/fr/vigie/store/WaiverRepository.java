package fr.vigie.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Waivers of the web application, by dossier series or by provider. */
@Repository
public class WaiverRepository {

    /** A stored waiver; exactly one of {@code seriesId} and {@code provider} is set. */
    public record StoredWaiver(String id, String requirement, String seriesId, String provider, String justification,
                               String author, LocalDate expires, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    public WaiverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StoredWaiver save(String requirement, String seriesId, String provider, String justification, String author,
                             LocalDate expires) {
        StoredWaiver w = new StoredWaiver(UUID.randomUUID().toString(), requirement, seriesId, provider, justification, author,
                expires, Instant.now());
        jdbc.sql("""
                INSERT INTO waiver (id, requirement, series_id, provider, justification, author, expires, created_at)
                VALUES (:id, :r, :s, :p, :j, :a, :e, :c)""")
                .param("id", w.id()).param("r", requirement).param("s", seriesId).param("p", provider)
                .param("j", justification).param("a", author).param("e", Date.valueOf(expires))
                .param("c", Timestamp.from(w.createdAt()))
                .update();
        return w;
    }

    /** The waivers of a dossier series, and those of its provider (case aside). */
    public List<StoredWaiver> forDossier(String seriesId, String provider) {
        return jdbc.sql("""
                SELECT * FROM waiver WHERE series_id = :s
                   OR (provider IS NOT NULL AND :p <> '' AND LOWER(provider) = :p) ORDER BY created_at""")
                .param("s", seriesId).param("p", provider == null ? "" : provider.strip().toLowerCase(Locale.ROOT))
                .query((rs, n) -> new StoredWaiver(rs.getString("id"), rs.getString("requirement"), rs.getString("series_id"),
                        rs.getString("provider"), rs.getString("justification"), rs.getString("author"),
                        rs.getDate("expires").toLocalDate(), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
