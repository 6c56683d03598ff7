package fr.vigie.sweep;

import fr.vigie.check.CheckOptions;
import fr.vigie.check.DossierChecker;
import fr.vigie.report.GapReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Judges every dossier of a plan on N worker threads, skipping those whose outcome is already stored for
 * the same input key. At most 2N dossiers are in flight, so memory does not grow with the corpus; each
 * report is written as soon as it is made. A dossier whose check throws is recorded as failed (and judged
 * again by the next run) — the sweep always completes.
 */
public final class Sweeper {

    private final DossierChecker checker;
    private final String packHash;
    private final int jobs;

    public Sweeper(DossierChecker checker, String packHash, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be positive: " + jobs);
        }
        this.checker = checker;
        this.packHash = packHash;
        this.jobs = jobs;
    }

    public SweepResult run(List<SweepDossier> plan, CheckOptions options, String profile, SweepStore store,
                           SweepListener listener) {
        long start = System.nanoTime();
        listener.started(plan.size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "vigie-sweep");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(2 * jobs);
        List<Future<Judged>> futures = new ArrayList<>(plan.size());
        try {
            for (SweepDossier dossier : plan) {
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        Judged judged = judge(dossier, options, profile, store);
                        listener.finished(judged.outcome(), judged.reused());
                        return judged;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            List<DossierOutcome> outcomes = new ArrayList<>(plan.size());
            int reused = 0;
            for (Future<Judged> f : futures) {
                Judged judged = f.get();
                outcomes.add(judged.outcome());
                reused += judged.reused() ? 1 : 0;
            }
            try {
                store.flush(); // every dossier's files on disk before anything is published from them
            } catch (IOException e) {
                throw new SweepException("Écriture impossible dans " + store.root() + " : " + e.getMessage(), e);
            }
            return new SweepResult(outcomes, plan.size() - reused, reused, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepException("Balayage interrompu.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DossierChecker.Unavailable unavailable) {
                throw unavailable; // the pack could not be built: nothing was judged, nothing is recorded
            }
            // judge() records every check failure; what reaches here is the store failing (disk full...).
            throw new SweepException("Écriture impossible dans " + store.root() + " : " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Judged(DossierOutcome outcome, boolean reused) {
    }

    private Judged judge(SweepDossier dossier, CheckOptions options, String profile, SweepStore store) throws IOException {
        String key = InputKey.of(dossier, packHash, profile, options.assumptions());
        Optional<DossierOutcome> done = store.completed(dossier, key);
        if (done.isPresent()) {
            return new Judged(done.get(), true);
        }
        GapReport report;
        try {
            report = checker.check(dossier.id(), dossier.files(), options);
        } catch (DossierChecker.Unavailable e) {
            throw e; // not this dossier's fault: no crash is recorded for it
        } catch (RuntimeException | StackOverflowError e) {
            DossierOutcome crashed = DossierOutcome.crashed(dossier, key, "Vérification impossible : " + e);
            store.save(dossier, null, crashed);
            return new Judged(crashed, false);
        }
        DossierOutcome outcome = DossierOutcome.of(dossier, key, report);
        try {
            store.save(dossier, report, outcome);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Judged(outcome, false);
    }
}
