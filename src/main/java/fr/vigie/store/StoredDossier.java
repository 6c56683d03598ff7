package fr.vigie.store;

import java.time.Instant;

/**
 * A checked dossier as kept by the web application. Versions of the same dossier (revised drafts) share
 * {@code seriesId} and are numbered from 1.
 *
 * @param reportJson the gap report, schema vigie-report/1, exactly as {@code vigie check --format json} writes it
 */
public record StoredDossier(String id, String seriesId, int version, String name, String establishment, String provider,
                            String createdBy, Instant createdAt, String profile, String verdict, int criticalGaps,
                            String packId, String packVersion, String packHash, String reportJson) {
}
