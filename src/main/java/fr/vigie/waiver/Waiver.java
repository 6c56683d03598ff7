package fr.vigie.waiver;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A dérogation: a gap on one requirement that legal staff or an auditor accept, for a dossier (or every dossier
 * whose name matches a glob) or for every dossier of a provider, with a justification, an author and an end date.
 *
 * @param dossier  dossier name or glob (« DPI-* »), or null
 * @param provider provider name (case and accents aside), or null; one of dossier and provider is set
 * @param expires  last day the waiver applies
 */
public record Waiver(String requirement, String dossier, String provider, String justification, String author,
                     LocalDate expires) {

    /** Whether the waiver is about this dossier (by name or glob) or this provider. */
    public boolean covers(String requirementId, String dossierName, String dossierProvider) {
        if (!requirement.equals(requirementId)) {
            return false;
        }
        if (dossier != null && !dossier.isBlank()) {
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + dossier);
            return dossier.equals(dossierName) || glob.matches(Path.of(dossierName.replace('/', '_')));
        }
        return provider != null && dossierProvider != null && !dossierProvider.isBlank()
                && fold(provider).equals(fold(dossierProvider));
    }

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(expires);
    }

    static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
