package fr.vigie.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes the consolidated outputs of a finished sweep — CSV, XLSX, dashboard — then records its snapshot in
 * historique/. The snapshot goes last: a run killed while publishing is compared, when resumed, with the
 * same previous sweep as before.
 */
final class SweepPublisher {

    static final Path CSV = Path.of("synthese.csv");
    static final Path XLSX = Path.of("synthese.xlsx");
    static final Path DASHBOARD = Path.of("tableau-de-bord.html");
    static final Path HISTORY = Path.of("historique");
    /** Sortable and valid in file names on every system. */
    private static final java.time.format.DateTimeFormatter FILE_DATE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private SweepPublisher() {
    }

    static SweepComparison publish(SweepStore store, SweepSnapshot snapshot, Dashboard.Header header, SweepResult result)
            throws IOException {
        List<DossierOutcome> outcomes = result.outcomes();
        SweepOverview overview = SweepOverview.of(outcomes);
        SweepComparison comparison = previous(store).map(p -> SweepComparison.between(p, snapshot))
                .orElse(SweepComparison.none());
        // The three files need nothing from each other: the dashboard is written on a second thread while this
        // one writes the CSV and the workbook (the sweep's workers are idle by now). Each file is still atomic,
        // and the snapshot still goes last, once all three are whole.
        ExecutorService second = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vigie-publication");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> dashboard = second.submit(() -> {
                AtomicFiles.write(store.root().resolve(DASHBOARD),
                        out -> Dashboard.write(header, outcomes, overview, comparison, out));
                return null;
            });
            AtomicFiles.write(store.root().resolve(CSV), out -> ConsolidatedCsv.write(outcomes, out));
            AtomicFiles.write(store.root().resolve(XLSX), out -> ConsolidatedWorkbook.write(outcomes, overview, out));
            join(dashboard);
        } finally {
            second.shutdownNow();
        }
        store.writeJson(HISTORY.resolve(FILE_DATE.format(java.time.Instant.parse(snapshot.date())) + ".json"), snapshot);
        return comparison;
    }

    private static void join(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Publication interrompue.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The latest completed sweep recorded in the folder (file names sort by date). */
    static Optional<SweepSnapshot> previous(SweepStore store) throws IOException {
        Path dir = store.root().resolve(HISTORY);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            Optional<Path> latest = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
            return latest.flatMap(f -> store.readJson(store.root().relativize(f), SweepSnapshot.class));
        }
    }
}
