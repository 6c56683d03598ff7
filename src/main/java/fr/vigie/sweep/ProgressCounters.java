package fr.vigie.sweep;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counts shared by the progress displays: done, pages, failures, rates and ETA. Thread-safe. */
final class ProgressCounters {

    private final long start = System.nanoTime();
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong pages = new AtomicLong();

    void started(int dossiers) {
        total = dossiers;
    }

    void finished(DossierOutcome outcome, boolean wasReused) {
        done.incrementAndGet();
        if (wasReused) {
            reused.incrementAndGet();
        } else {
            pages.addAndGet(outcome.pages());
        }
        if (outcome.failed() || !outcome.failures().isEmpty()) {
            failures.incrementAndGet();
        }
    }

    int done() {
        return done.get();
    }

    int total() {
        return total;
    }

    /** « 120/2000 dossiers · 3,1 dossiers/s · 45,2 pages/s · 2 en échec · reste ~10 min » */
    String line() {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        int judged = done.get() - reused.get();
        double dossiersPerSecond = judged / seconds;
        String eta = done.get() >= total ? "0 s" : judged == 0 ? "?" : human(Duration.ofSeconds((long) ((total - done.get()) / dossiersPerSecond)));
        return String.format(Locale.FRANCE, "%d/%d dossiers · %.1f dossiers/s · %.1f pages/s · %d en échec · %d déjà faits · reste ~%s",
                done.get(), total, dossiersPerSecond, pages.get() / seconds, failures.get(), reused.get(), eta);
    }

    /** Rates only, for the progress bar that shows count and ETA itself. */
    String rates() {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        return String.format(Locale.FRANCE, "%.1f pages/s · %d en échec", pages.get() / seconds, failures.get());
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
