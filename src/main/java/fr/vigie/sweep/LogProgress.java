package fr.vigie.sweep;

import java.io.PrintWriter;

/**
 * Progress for logs and CI: one plain line every {@code intervalMillis} (no carriage returns, no colours),
 * plus a last line at the end.
 */
public final class LogProgress implements SweepListener {

    private final PrintWriter out;
    private final long intervalNanos;
    private final ProgressCounters counters = new ProgressCounters();
    private volatile long lastPrint = System.nanoTime();

    public LogProgress(PrintWriter out, long intervalMillis) {
        this.out = out;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    @Override
    public void started(int dossiers) {
        counters.started(dossiers);
        out.println("Balayage : " + dossiers + " dossiers.");
        out.flush();
    }

    @Override
    public void finished(DossierOutcome outcome, boolean reused) {
        counters.finished(outcome, reused);
        if (outcome.failed()) {
            print("Échec du dossier " + outcome.id() + " : " + outcome.error());
        }
        long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos) {
            lastPrint = now;
            print("Progression : " + counters.line());
        }
    }

    private synchronized void print(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public void close() {
        print("Terminé : " + counters.line());
    }
}
