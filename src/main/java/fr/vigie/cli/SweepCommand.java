package fr.vigie.cli;

import fr.vigie.check.CheckOptions;
import fr.vigie.check.RulePackChecker;
import fr.vigie.rules.PackException;
import fr.vigie.sweep.LogProgress;
import fr.vigie.sweep.SweepException;
import fr.vigie.sweep.SweepListener;
import fr.vigie.sweep.SweepRunner;
import fr.vigie.sweep.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** `vigie sweep`: judges every dossier of a corpus, resumably, and writes the consolidated outputs. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Balaye un corpus : chaque sous-répertoire est un dossier (ou établissement/dossier), ou un manifeste CSV "
                + "(fichier;dossier;etablissement) les décrit.",
                "Reprend là où un balayage interrompu s'est arrêté et ne revérifie que les dossiers modifiés."})
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ENTRÉE", description = "Répertoire du corpus, ou manifeste CSV.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "RÉPERTOIRE",
            description = "Répertoire des résultats (rapports, synthese.csv/.xlsx, tableau-de-bord.html) ; gardez-le pour reprendre.")
    Path out;

    @Option(names = "--profile", paramLabel = "PROFIL", description = "Profil du paquet (standard, strict-fr, sensitive…).")
    String profile;

    @Option(names = "--jobs", paramLabel = "N", description = "Dossiers vérifiés en parallèle (défaut : nombre de cœurs).")
    Integer jobs;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (barre sur un terminal, lignes sinon), bar, lines ou none.")
    String progress;

    @Option(names = "--progress-interval", paramLabel = "SECONDES", defaultValue = "10",
            description = "Intervalle des lignes de progression hors terminal (défaut : ${DEFAULT-VALUE} s).")
    int progressInterval;

    @Mixin
    PackOptions packOptions = new PackOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            err.println("--jobs doit être au moins 1.");
            return ExitCode.USAGE.code();
        }
        SweepListener listener = listener(err);
        if (listener == null) {
            err.println("--progress : auto, bar, lines ou none, trouvé « " + progress + " ».");
            return ExitCode.USAGE.code();
        }
        if (SweepProcess.isChild()) {
            SweepProcess.watchParent();
        } else {
            // Under `java -jar`, the sweep runs in a child JVM with the options a batch needs (see SweepProcess).
            var child = SweepProcess.command(spec.commandLine().getParseResult().originalArgs(), err);
            if (child.isPresent()) {
                int code = SweepProcess.run(child.get());
                if (code >= 0) {
                    return code;
                }
                // the child could not be started: sweep in this JVM
            }
        }
        // The rules and vocabulary compile on a background thread while the first dossiers are being read.
        RulePackChecker checker = packOptions.openInBackground(read.limits(), err);
        if (checker == null) {
            return ExitCode.PACK_INVALID.code();
        }
        SweepRunner.Outcome outcome;
        RulePackChecker sweeping = checker.sequential();
        try {
            outcome = new SweepRunner(sweeping, checker.pack(), Clock.systemUTC())
                    .run(input, out, new CheckOptions(profile, java.util.Map.of()), workers, listener);
            sweeping.ready(); // a sweep that reused every dossier still reports a pack that does not compile
        } catch (fr.vigie.check.DossierChecker.Unavailable e) {
            if (e.getCause() instanceof PackException || e.getCause() instanceof fr.vigie.extract.VocabularyException) {
                PackOptions.explain(e.getCause(), err);
                return ExitCode.PACK_INVALID.code();
            }
            throw e.getCause() instanceof RuntimeException re ? re : e;
        } catch (SweepException | PackException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE.code();
        }
        var result = outcome.result();
        err.printf("%d dossiers (%d vérifiés, %d inchangés repris), %d pages, en %s.%n", result.outcomes().size(),
                result.judged(), result.reused(), result.pages(), result.elapsedText());
        var readings = sweeping.readingStats();
        if (readings.hits() + readings.misses() > 0) {
            err.printf("%d phrases lues, dont %.0f %% déjà analysées dans un autre document (clauses types).%n",
                    readings.hits() + readings.misses(), 100 * readings.hitRate());
        }
        err.printf("%d dossiers avec un écart critique, %d avec un document illisible ou en échec.%n",
                result.criticalDossiers(), result.dossiersWithFailures());
        if (outcome.comparison().hasPrevious()) {
            var c = outcome.comparison();
            err.printf("Depuis le balayage précédent : %d écarts corrigés, %d régressions, %d nouveaux dossiers.%n",
                    c.fixed().size(), c.regressed().size(), c.newDossiers().size());
        }
        err.println("Tableau de bord : " + out.resolve("tableau-de-bord.html"));
        boolean critical = result.criticalDossiers() > 0;
        boolean failures = result.dossiersWithFailures() > 0;
        if (critical && failures) {
            return ExitCode.CRITICAL_GAPS_AND_FAILURES.code();
        }
        return critical ? ExitCode.CRITICAL_GAPS.code() : failures ? ExitCode.SOME_DOCUMENTS_FAILED.code() : ExitCode.OK.code();
    }

    private SweepListener listener(PrintWriter err) {
        boolean terminal = SweepProcess.console();
        return switch (progress) {
            case "auto" -> terminal ? new TerminalProgress() : new LogProgress(err, progressInterval * 1000L);
            case "bar" -> new TerminalProgress();
            case "lines" -> new LogProgress(err, progressInterval * 1000L);
            case "none" -> SweepListener.NONE;
            default -> null;
        };
    }
}
