package fr.vigie.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.report.GapReport;
import fr.vigie.report.HtmlReportWriter;
import fr.vigie.report.JsonReportWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The output folder of a sweep, which is also its memory between runs:
 * <pre>
 *   rapports/&lt;dossier&gt;.json|.html   one gap report per dossier (schema vigie-report/1)
 *   etat/&lt;dossier&gt;.json             the dossier's outcome and input key, written last: the « done » mark
 *   synthese.csv, synthese.xlsx         one row per dossier × requirement (+ summary sheet)
 *   tableau-de-bord.html                offline dashboard
 *   historique/&lt;date&gt;.json          the outcomes of each completed sweep, for the comparison
 * </pre>
 * Every file is written atomically; a lock keeps two sweeps from sharing the folder.
 */
public final class SweepStore implements AutoCloseable {

    /** Tolerant reader: a state written by another version of Vigie is judged again, never a crash. */
    private static final ObjectMapper MAPPER = JsonReportWriter.mapper().copy()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Dossiers whose files may wait to be forced and renamed; past that, {@link #save} waits. */
    private static final int WAITING_DOSSIERS = 64;

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /**
     * Forces the files of each saved dossier to disk and renames them, in order, on a thread of its own: forcing
     * a file takes milliseconds of waiting on the disk (three per dossier), which the sweep's workers no longer
     * spend idle. One thread, so each dossier's state is renamed after its reports.
     */
    private final ExecutorService disk = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigie-disque");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore waiting = new Semaphore(WAITING_DOSSIERS);
    private volatile IOException diskFailure;

    private SweepStore(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating) the folder, takes its lock and removes what a killed run left half written. */
    public static SweepStore open(Path root) {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve(".verrou"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new SweepException("Un autre balayage utilise déjà le répertoire de sortie " + root + ".");
            }
            AtomicFiles.removeLeftovers(root);
            return new SweepStore(root, channel, lock);
        } catch (IOException e) {
            throw new SweepException("Répertoire de sortie inutilisable " + root + " : " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    public Path reportFile(SweepDossier dossier, String extension) {
        return root.resolve("rapports").resolve(dossier.slug() + "." + extension);
    }

    Path stateFile(SweepDossier dossier) {
        return root.resolve("etat").resolve(dossier.slug() + ".json");
    }

    /** The outcome of an earlier run, if it was computed from the same input key and did not crash. */
    public Optional<DossierOutcome> completed(SweepDossier dossier, String key) {
        Path state = stateFile(dossier);
        if (!Files.isRegularFile(state)) {
            return Optional.empty();
        }
        try {
            DossierOutcome outcome = MAPPER.readValue(state.toFile(), DossierOutcome.class);
            boolean reportsThere = outcome.failed()
                    || Files.isRegularFile(reportFile(dossier, "json")) && Files.isRegularFile(reportFile(dossier, "html"));
            return key.equals(outcome.key()) && !outcome.failed() && reportsThere ? Optional.of(outcome) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable state (older format...): judge the dossier again
        }
    }

    /**
     * Writes the reports, then the state: a dossier is « done » only when all three files are whole. The files are
     * written here; forcing them to disk and renaming them (reports first, state last) happens on the store's disk
     * thread, see {@link #flush}. A failure there (disk full...) is thrown by the next call, or by {@link #flush}.
     */
    public void save(SweepDossier dossier, GapReport report, DossierOutcome outcome) throws IOException {
        throwDiskFailure();
        List<AtomicFiles.Pending> files = new ArrayList<>(3);
        try {
            if (report != null) {
                files.add(AtomicFiles.prepare(reportFile(dossier, "json"), out -> new JsonReportWriter().write(report, out)));
                files.add(AtomicFiles.prepare(reportFile(dossier, "html"), out -> new HtmlReportWriter().write(report, out)));
            }
            files.add(AtomicFiles.prepare(stateFile(dossier), out -> MAPPER.writeValue(out, outcome)));
        } catch (IOException | RuntimeException e) {
            files.forEach(AtomicFiles.Pending::discard);
            throw e;
        }
        waiting.acquireUninterruptibly();
        try {
            disk.execute(() -> commit(files));
        } catch (RuntimeException e) {
            waiting.release();
            files.forEach(AtomicFiles.Pending::discard);
            throw e;
        }
    }

    private void commit(List<AtomicFiles.Pending> files) {
        try {
            int i = 0;
            try {
                for (; i < files.size() && diskFailure == null; i++) {
                    files.get(i).commit();
                }
            } catch (IOException e) {
                diskFailure = e;
                i++;
            } finally {
                // After a failure, the rest of the dossier (its state above all) is not renamed: judged again next run.
                files.subList(Math.min(i, files.size()), files.size()).forEach(AtomicFiles.Pending::discard);
            }
        } finally {
            waiting.release();
        }
    }

    /** Waits until every saved dossier's files are on disk and renamed; throws the disk thread's failure, if any. */
    public void flush() throws IOException {
        awaitDisk();
        throwDiskFailure();
    }

    /** Returns once no dossier's files wait on the disk thread (all its permits are free). */
    private void awaitDisk() {
        waiting.acquireUninterruptibly(WAITING_DOSSIERS);
        waiting.release(WAITING_DOSSIERS);
    }

    private void throwDiskFailure() throws IOException {
        IOException failure = diskFailure;
        if (failure != null) {
            throw new IOException(failure.getMessage(), failure);
        }
    }

    public void writeJson(Path relative, Object value) throws IOException {
        AtomicFiles.write(root.resolve(relative), out -> MAPPER.writeValue(out, value));
    }

    public <T> Optional<T> readJson(Path relative, Class<T> type) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // Files still waiting are committed before the lock is released (a failure was already thrown by flush).
        awaitDisk();
        disk.shutdown();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
