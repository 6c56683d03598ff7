package fr.vigie.sweep;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A live progress bar on an interactive terminal: count, percentage, ETA, pages per second, failures. */
public final class TerminalProgress implements SweepListener {

    private final ProgressCounters counters = new ProgressCounters();
    private ProgressBar bar;

    @Override
    public synchronized void started(int dossiers) {
        counters.started(dossiers);
        bar = new ProgressBarBuilder().setTaskName("Balayage").setInitialMax(dossiers).setUnit(" dossiers", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250).showSpeed().build();
    }

    @Override
    public synchronized void finished(DossierOutcome outcome, boolean reused) {
        counters.finished(outcome, reused);
        bar.step();
        bar.setExtraMessage(counters.rates());
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
        System.err.println("Terminé : " + counters.line());
    }
}
