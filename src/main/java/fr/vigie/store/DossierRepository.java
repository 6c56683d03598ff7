package fr.vigie.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Dossiers, their files and findings, in H2 or PostgreSQL (same SQL, migrations under db/migration). */
@Repository
public class DossierRepository {

    /** One row of a dossier's findings, for search by requirement and status. */
    public record FindingRow(String requirement, String domain, String severity, String status) {
    }

    private final JdbcClient jdbc;

    public DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void save(StoredDossier d, List<StoredFile> files, List<FindingRow> findings) {
        jdbc.sql("""
                INSERT INTO dossier (id, series_id, version, name, establishment, provider, created_by, created_at, profile,
                                     verdict, critical_gaps, pack_id, pack_version, pack_hash, report_json)
                VALUES (:id, :series, :version, :name, :establishment, :provider, :createdBy, :createdAt, :profile,
                        :verdict, :critical, :packId, :packVersion, :packHash, :report)""")
                .param("id", d.id()).param("series", d.seriesId()).param("version", d.version()).param("name", d.name())
                .param("establishment", d.establishment()).param("provider", d.provider()).param("createdBy", d.createdBy())
                .param("createdAt", Timestamp.from(d.createdAt())).param("profile", d.profile()).param("verdict", d.verdict())
                .param("critical", d.criticalGaps()).param("packId", d.packId()).param("packVersion", d.packVersion())
                .param("packHash", d.packHash()).param("report", d.reportJson())
                .update();
        for (StoredFile f : files) {
            jdbc.sql("""
                    INSERT INTO dossier_file (id, dossier_id, name, media_type, size_bytes, sha256, readable)
                    VALUES (:id, :dossier, :name, :media, :size, :sha, :readable)""")
                    .param("id", f.id()).param("dossier", d.id()).param("name", f.name()).param("media", f.mediaType())
                    .param("size", f.sizeBytes()).param("sha", f.sha256()).param("readable", f.readable())
                    .update();
        }
        for (FindingRow r : findings) {
            jdbc.sql("INSERT INTO finding (dossier_id, requirement, domain, severity, status) VALUES (:d, :r, :dom, :sev, :st)")
                    .param("d", d.id()).param("r", r.requirement()).param("dom", r.domain()).param("sev", r.severity())
                    .param("st", r.status())
                    .update();
        }
    }

    public Optional<StoredDossier> find(String id) {
        return jdbc.sql("SELECT * FROM dossier WHERE id = :id").param("id", id).query(DossierRepository::dossier).optional();
    }

    public List<StoredFile> files(String dossierId) {
        return jdbc.sql("SELECT * FROM dossier_file WHERE dossier_id = :id ORDER BY name").param("id", dossierId)
                .query((rs, n) -> new StoredFile(rs.getString("id"), rs.getString("dossier_id"), rs.getString("name"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("readable")))
                .list();
    }

    /** The versions of a series, oldest first. */
    public List<StoredDossier> series(String seriesId) {
        return jdbc.sql("SELECT * FROM dossier WHERE series_id = :s ORDER BY version").param("s", seriesId)
                .query(DossierRepository::dossier).list();
    }

    public int nextVersion(String seriesId) {
        Integer max = jdbc.sql("SELECT MAX(version) FROM dossier WHERE series_id = :s").param("s", seriesId)
                .query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    /** Newest first, at most {@code limit}; the establishment criterion is what keeps buyers in their own house. */
    public List<StoredDossier> search(DossierSearch q, int limit) {
        StringBuilder sql = new StringBuilder("SELECT d.* FROM dossier d WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.establishment() != null) {
            sql.append(" AND d.establishment = :establishment");
            params.put("establishment", q.establishment());
        }
        if (notBlank(q.provider())) {
            sql.append(" AND LOWER(d.provider) LIKE :provider");
            params.put("provider", "%" + q.provider().toLowerCase(Locale.ROOT).strip() + "%");
        }
        if (notBlank(q.verdict())) {
            sql.append(" AND d.verdict = :verdict");
            params.put("verdict", q.verdict());
        }
        if (notBlank(q.requirement())) {
            sql.append(" AND EXISTS (SELECT 1 FROM finding f WHERE f.dossier_id = d.id AND f.requirement = :requirement");
            params.put("requirement", q.requirement().strip().toUpperCase(Locale.ROOT));
            if (notBlank(q.status())) {
                sql.append(" AND f.status = :status");
                params.put("status", q.status());
            }
            sql.append(")");
        } else if (notBlank(q.status())) {
            sql.append(" AND EXISTS (SELECT 1 FROM finding f WHERE f.dossier_id = d.id AND f.status = :status)");
            params.put("status", q.status());
        }
        sql.append(" ORDER BY d.created_at DESC, d.id LIMIT ").append(Math.max(1, limit));
        return jdbc.sql(sql.toString()).params(params).query(DossierRepository::dossier).list();
    }

    public List<String> establishments() {
        return new ArrayList<>(jdbc.sql("SELECT DISTINCT establishment FROM dossier ORDER BY establishment")
                .query(String.class).list());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static StoredDossier dossier(ResultSet rs, int row) throws SQLException {
        return new StoredDossier(rs.getString("id"), rs.getString("series_id"), rs.getInt("version"), rs.getString("name"),
                rs.getString("establishment"), rs.getString("provider"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("profile"), rs.getString("verdict"),
                rs.getInt("critical_gaps"), rs.getString("pack_id"), rs.getString("pack_version"), rs.getString("pack_hash"),
                rs.getString("report_json"));
    }
}
