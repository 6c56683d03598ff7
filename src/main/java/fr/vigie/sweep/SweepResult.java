package fr.vigie.sweep;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a whole sweep.
 *
 * @param outcomes one per dossier of the plan, in plan order
 * @param judged   dossiers checked in this run
 * @param reused   dossiers whose earlier outcome still held (same input key)
 */
public record SweepResult(List<DossierOutcome> outcomes, int judged, int reused, Duration elapsed) {

    public SweepResult {
        outcomes = List.copyOf(outcomes);
    }

    public long criticalDossiers() {
        return outcomes.stream().filter(o -> o.criticalGaps() > 0).count();
    }

    /** Dossiers with an unreadable document, or whose check failed. */
    public long dossiersWithFailures() {
        return outcomes.stream().filter(o -> o.failed() || !o.failures().isEmpty()).count();
    }

    /** « 3 min 12 s » */
    public String elapsedText() {
        return ProgressCounters.human(elapsed);
    }

    public long pages() {
        return outcomes.stream().mapToLong(DossierOutcome::pages).sum();
    }
}
