package fr.vigie.sweep;

/** Follows a sweep as it goes (progress display, logs). Called from worker threads: implementations are thread-safe. */
public interface SweepListener extends AutoCloseable {

    void started(int dossiers);

    /** @param reused true when the outcome comes from an earlier run (same documents, pack and profile) */
    void finished(DossierOutcome outcome, boolean reused);

    @Override
    void close();

    SweepListener NONE = new SweepListener() {
        @Override
        public void started(int dossiers) {
        }

        @Override
        public void finished(DossierOutcome outcome, boolean reused) {
        }

        @Override
        public void close() {
        }
    };
}
