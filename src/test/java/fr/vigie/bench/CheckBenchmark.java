package fr.vigie.bench;

import fr.vigie.check.CheckOptions;
import fr.vigie.check.RulePackChecker;
import fr.vigie.ingest.IngestLimits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Per-dossier time of `vigie check` on a generated 20-page PDF, split by stage, in a warm JVM, plus the
 * one-time cost of opening the pack (compiled-rules cache cold or warm, as found).
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fr.vigie.bench.CheckBenchmark}
 * Cold start of the whole command is measured by the shell: {@code time java -jar target/vigie.jar check FILE}.
 */
public final class CheckBenchmark {

    /**
     * With {@code --write-pdf FILE}: only writes a 20-page contract in varied French prose, the one
     * src/bench/cold-check-bench.sh starts on (same generator as the sweep benchmark).
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--write-pdf")) {
            SweepCorpusGenerator.pdf(Path.of(args[1]), SweepCorpusGenerator.pages(new java.util.Random(2026), 20, 0));
            return;
        }
        Path twenty = Files.createTempFile("vigie-check-20", ".pdf");
        writeTwentyPages(twenty);
        // A dossier checked for the first time reads every sentence: the sentence cache is off for the main figure,
        // then on, for a dossier checked again (the web app re-checking a new version, a sweep of shared clauses).
        System.setProperty("vigie.sentence-cache.chars", "0");
        System.setProperty("vigie.paragraph-cache.chars", "0"); // before any reading: the splitter reads it once
        long t0 = System.nanoTime();
        RulePackChecker checker = RulePackChecker.open(Path.of("rules", "sante-cloud"), IngestLimits.defaults().withOcr(false));
        System.out.printf(Locale.ROOT, "Ouverture du paquet (compilation ou cache) : %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        RulePackChecker.TimedReport first = checker.checkTimed("bench", List.of(twenty), CheckOptions.defaults());
        print("Première vérification", first.timings());
        measure(checker, twenty, "JVM chaude, phrases toutes analysées (premier passage d'un dossier)");
        System.clearProperty("vigie.sentence-cache.chars");
        measure(RulePackChecker.open(Path.of("rules", "sante-cloud"), IngestLimits.defaults().withOcr(false)), twenty,
                "JVM chaude, même dossier revérifié (phrases lues depuis le cache)");
        Files.deleteIfExists(twenty);
    }

    private static void measure(RulePackChecker checker, Path twenty, String label) throws Exception {
        for (int i = 0; i < 5; i++) {
            checker.checkTimed("bench", List.of(twenty), CheckOptions.defaults());
        }
        int rounds = 15;
        long[][] stages = new long[4][rounds];
        long[] total = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            RulePackChecker.Timings t = checker.checkTimed("bench", List.of(twenty), CheckOptions.defaults()).timings();
            stages[0][i] = t.read();
            stages[1][i] = t.extract();
            stages[2][i] = t.rules();
            stages[3][i] = t.report();
            total[i] = t.read() + t.extract() + t.rules() + t.report();
        }
        System.out.printf(Locale.ROOT, "%s, médianes sur %d vérifications d'un PDF de 20 pages :%n", label, rounds);
        System.out.printf(Locale.ROOT, "  lecture %d ms, extraction %d ms, règles %d ms, rapport %d ms, total %d ms (objectif < 300 ms)%n",
                median(stages[0]), median(stages[1]), median(stages[2]), median(stages[3]), median(total));
    }

    /** 100 pages generated; the dossier keeps the first 20. */
    static void writeTwentyPages(Path target) throws Exception {
        Path pdf = Files.createTempFile("vigie-check-bench", ".pdf");
        ExtractionBenchmark.generate(pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            while (doc.getNumberOfPages() > 20) {
                doc.removePage(doc.getNumberOfPages() - 1);
            }
            doc.save(target.toFile());
        }
        Files.deleteIfExists(pdf);
    }

    private static void print(String label, RulePackChecker.Timings t) {
        System.out.printf(Locale.ROOT, "%s : lecture %d ms, extraction %d ms, règles %d ms, rapport %d ms%n", label,
                t.read(), t.extract(), t.rules(), t.report());
    }

    private static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
