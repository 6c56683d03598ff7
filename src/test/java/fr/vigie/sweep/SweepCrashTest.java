package fr.vigie.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.check.CheckOptions;
import fr.vigie.rules.TestPack;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep killed with SIGKILL (Process.destroyForcibly on Linux) in the middle of its work, then started again,
 * reports every dossier exactly once and leaves no half-written file behind.
 */
class SweepCrashTest {

    private static final int DOSSIERS = 60;

    @Test
    void killNineAtAnyPointThenRestartReportsEveryDossierExactlyOnce(@TempDir Path tmp) throws Exception {
        Path input = SweepCorpus.write(tmp.resolve("corpus"), DOSSIERS);
        Path out = tmp.resolve("out");

        int doneAtFirstKill = runAndKill(input, out, 3);
        assertEveryWrittenFileIsWhole(out);
        int doneAtSecondKill = runAndKill(input, out, doneAtFirstKill + 4);
        assertEveryWrittenFileIsWhole(out);
        assertThat(doneAtSecondKill).isGreaterThan(doneAtFirstKill).isLessThan(DOSSIERS);

        SweepResult resumed = new SweepRunner(TestPack.checker(), TestPack.checker().pack(), Clock.systemUTC())
                .run(input, out, CheckOptions.defaults(), 2, SweepListener.NONE).result();

        assertThat(resumed.reused()).as("dossiers finished before the kills are not redone").isGreaterThanOrEqualTo(doneAtSecondKill);
        assertThat(resumed.judged() + resumed.reused()).isEqualTo(DOSSIERS);
        List<CSVRecord> rows = SweepTest.csv(out);
        Map<String, Long> perDossier = rows.stream().collect(Collectors.groupingBy(r -> r.get("dossier"), Collectors.counting()));
        assertThat(perDossier).hasSize(DOSSIERS);
        assertThat(perDossier.values()).containsOnly((long) TestPack.checker().pack().requirements().size());
        try (Stream<Path> reports = Files.list(out.resolve("rapports"))) {
            assertThat(reports.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(DOSSIERS);
        }
        assertEveryWrittenFileIsWhole(out);
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains(AtomicFiles.TEMP_MARK))).isEmpty();
        }
    }

    /**
     * Under `java -jar`, the sweep runs in a JVM of its own (fr.vigie.cli.SweepProcess). Killing the parent with SIGKILL
     * cannot be passed on: the child must notice and stop at once, releasing the output's lock, so that a resumed sweep
     * starts and still reports every dossier exactly once.
     */
    @Test
    void killNineOfTheParentStopsTheForkedSweep(@TempDir Path tmp) throws Exception {
        Path input = SweepCorpus.write(tmp.resolve("corpus"), DOSSIERS);
        Path out = tmp.resolve("out");

        int done = runAndKill(input, out, 3, true);
        assertEveryWrittenFileIsWhole(out);

        SweepResult resumed = new SweepRunner(TestPack.checker(), TestPack.checker().pack(), Clock.systemUTC())
                .run(input, out, CheckOptions.defaults(), 2, SweepListener.NONE).result();
        assertThat(resumed.reused()).isGreaterThanOrEqualTo(done);
        assertThat(resumed.judged() + resumed.reused()).isEqualTo(DOSSIERS);
        try (Stream<Path> reports = Files.list(out.resolve("rapports"))) {
            assertThat(reports.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(DOSSIERS);
        }
        assertEveryWrittenFileIsWhole(out);
    }

    private static int runAndKill(Path input, Path out, int atLeast) throws Exception {
        return runAndKill(input, out, atLeast, false);
    }

    /**
     * Starts `vigie sweep` in a child JVM, kills it with SIGKILL once {@code atLeast} dossiers are done. With
     * {@code fork}, that JVM sweeps in a child of its own, as under `java -jar`: once the parent is killed, the child
     * must be gone within a few seconds.
     */
    private static int runAndKill(Path input, Path out, int atLeast, boolean fork) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dvigie.sweep.fork=" + fork, "-cp", System.getProperty("java.class.path"),
                "fr.vigie.cli.VigieMain", "sweep", input.toString(), "--out", out.toString(), "--jobs", "1",
                "--progress", "none", "--pack", TestPack.ROOT.toString(), "--no-ocr")
                .redirectErrorStream(true).redirectOutput(out.getParent().resolve("child.log").toFile());
        builder.environment().put("VIGIE_CACHE_DIR", Path.of("target", "kjar-cache").toAbsolutePath().toString());
        Process child = builder.start();
        Path states = out.resolve("etat");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(states) < atLeast && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the sweep must still be running when killed; log: %s",
                Files.readString(out.getParent().resolve("child.log"))).isTrue();
        List<ProcessHandle> descendants = child.descendants().toList();
        assertThat(descendants).as("a forked sweep has its own JVM").hasSize(fork ? 1 : 0);
        child.destroyForcibly().waitFor();
        for (ProcessHandle d : descendants) {
            d.onExit().get(5, TimeUnit.SECONDS); // throws TimeoutException if the forked sweep outlives its parent
        }
        return count(states);
    }

    private static int count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    /** Temporary siblings may remain (they are swept at the next start); every real file parses. */
    private static void assertEveryWrittenFileIsWhole(Path out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.contains(AtomicFiles.TEMP_MARK)) {
                    continue;
                }
                if (name.endsWith(".json")) {
                    mapper.readTree(p.toFile());
                } else if (name.endsWith(".html")) {
                    assertThat(Files.readString(p)).as(p.toString()).contains("</html>");
                }
            }
        }
    }
}
