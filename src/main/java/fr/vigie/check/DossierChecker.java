package fr.vigie.check;

import fr.vigie.report.GapReport;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole pipeline for one dossier: read every file, extract facts, evaluate the pack's rules,
 * settle one status per requirement. Unreadable files are named in the report; the rest is judged.
 * Implementations are thread-safe: the CLI, the sweep and the web app share one instance.
 */
public interface DossierChecker {

    GapReport check(String dossierName, List<Path> files, CheckOptions options);

    /**
     * The checker itself cannot work (its rule pack or vocabulary could not be built): no dossier can be judged,
     * which is not a fault of the dossier at hand. The cause is the pack's own error.
     */
    final class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
