package fr.vigie.sweep;

import fr.vigie.check.CheckOptions;
import fr.vigie.check.DossierChecker;
import fr.vigie.rules.RulePack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A whole sweep: plan the dossiers, judge those not already judged with the same documents, pack and profile,
 * then publish the consolidated outputs. Safe to kill at any moment and to start again.
 */
public final class SweepRunner {


    private final DossierChecker checker;
    private final RulePack pack;
    private final Clock clock;

    public SweepRunner(DossierChecker checker, RulePack pack, Clock clock) {
        this.checker = checker;
        this.pack = pack;
        this.clock = clock;
    }

    /** The sweep's results and what changed since the previous one. */
    public record Outcome(SweepResult result, SweepComparison comparison, Path output) {
    }

    public Outcome run(Path input, Path output, CheckOptions options, int jobs, SweepListener listener) {
        String profile = pack.profile(options.profile()).name(); // fails early, in French, on an unknown profile
        List<SweepDossier> plan = SweepPlan.of(input);
        try (SweepStore store = SweepStore.open(output); listener) {
            SweepResult result = new Sweeper(checker, pack.contentHash(), jobs).run(plan, options, profile, store, listener);
            String date = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
            SweepSnapshot snapshot = SweepSnapshot.of(date, pack.id(), pack.version(), profile, result.outcomes());
            Dashboard.Header header = new Dashboard.Header(date, pack.id(), pack.version(), profile, plan.size(),
                    result.judged(), result.reused(), result.pages(), result.criticalDossiers(), result.dossiersWithFailures());
            SweepComparison comparison = SweepPublisher.publish(store, snapshot, header, result);
            return new Outcome(result, comparison, output);
        } catch (IOException e) {
            throw new SweepException("Écriture impossible dans " + output + " : " + e.getMessage(), e);
        }
    }
}
