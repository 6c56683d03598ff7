package fr.vigie.cli;

import fr.vigie.check.CheckOptions;
import fr.vigie.check.RulePackChecker;
import fr.vigie.ingest.DefaultDocumentReader;
import fr.vigie.report.GapReport;
import fr.vigie.report.ReportWriter;
import fr.vigie.rules.PackException;
import fr.vigie.waiver.WaiverApplier;
import fr.vigie.waiver.WaiverException;
import fr.vigie.waiver.WaiverFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** `vigie check`: judges one dossier against a rule pack and writes its gap report. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Vérifie un dossier (plusieurs fichiers, ou un dossier) et produit le rapport d'écarts.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CHEMIN", description = "Fichiers du dossier, ou un répertoire qui les contient.")
    List<Path> paths;

    @Mixin
    PackOptions packOptions = new PackOptions();

    @Option(names = "--profile", paramLabel = "PROFIL", description = "Profil du paquet (standard, strict-fr, sensitive…).")
    String profile;

    @Option(names = "--assume", paramLabel = "COND=true|false",
            description = "Force une condition d'applicabilité, par exemple HEALTH_DATA=true (option répétable).")
    Map<String, String> assume = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "json, html ou text (défaut : ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "RÉPERTOIRE", description = "Répertoire où écrire le rapport (sinon : sortie standard).")
    Path out;

    @Option(names = "--name", paramLabel = "NOM", description = "Nom du dossier dans le rapport (défaut : nom du premier chemin).")
    String name;

    @Option(names = "--waivers", paramLabel = "FICHIER", description = "Fichier de dérogations (YAML) à appliquer au rapport.")
    Path waivers;

    @Option(names = "--provider", paramLabel = "NOM", description = "Prestataire du dossier, pour les dérogations accordées à un prestataire.")
    String provider;

    @Mixin
    ReadOptions read = new ReadOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Boolean> assumptions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : assume.entrySet()) {
            String v = e.getValue().toLowerCase(java.util.Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                err.println("--assume " + e.getKey() + " : la valeur doit être true ou false, trouvé « " + e.getValue() + " ».");
                return ExitCode.USAGE.code();
            }
            assumptions.put(e.getKey(), Boolean.parseBoolean(v));
        }
        ReportWriter writer;
        try {
            writer = ReportWriter.forFormat(format);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + " (json, html ou text).");
            return ExitCode.USAGE.code();
        }
        // Reading and compiling the pack each take seconds from a cold JVM: done side by side.
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vigie-lecture");
            t.setDaemon(true);
            return t;
        });
        Future<RulePackChecker.ReadDossier> reading =
                background.submit(() -> RulePackChecker.read(new DefaultDocumentReader(read.limits()), paths));
        background.shutdown();
        RulePackChecker checker = packOptions.open(read.limits(), err);
        if (checker == null) {
            reading.cancel(true);
            return ExitCode.PACK_INVALID.code();
        }
        RulePackChecker.ReadDossier documents = join(reading);
        String dossier = name != null ? name : paths.get(0).toAbsolutePath().normalize().getFileName().toString()
                .replaceFirst("\\.[^.]+$", "");
        GapReport report;
        try {
            report = checker.check(dossier, documents, new CheckOptions(profile, assumptions));
        } catch (PackException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (waivers != null) {
            try {
                var ids = checker.pack().requirements().stream().map(fr.vigie.rules.RequirementSpec::id)
                        .collect(java.util.stream.Collectors.toSet());
                report = new WaiverApplier(java.time.Clock.systemDefaultZone()).apply(report, WaiverFile.load(waivers, ids), provider);
            } catch (WaiverException e) {
                err.println(e.getMessage());
                return ExitCode.USAGE.code();
            }
            report.findings().stream().filter(r -> r.waiver() != null && r.waiver().expired()).forEach(r ->
                    err.println("Dérogation expirée le " + r.waiver().expires() + " pour " + r.requirement() + " : elle ne s'applique plus."));
        }
        report.dossier().failures().forEach(f -> err.println("Document illisible : " + f.name() + " — " + f.message()));
        if (out == null) {
            OutputStream stdout = System.out;
            writer.write(report, stdout);
            stdout.flush();
        } else {
            Files.createDirectories(out);
            Path file = out.resolve(safe(dossier) + "." + writer.extension());
            try (OutputStream o = Files.newOutputStream(file)) {
                writer.write(report, o);
            }
            err.println("Rapport écrit : " + file);
        }
        if (report.dossier().documents().isEmpty()) {
            err.println("Aucun document du dossier n'a pu être lu.");
            return ReadOptions.exitCode(report.dossier().failures(), report.dossier().failures().size());
        }
        if (report.summary().criticalGaps() > 0) {
            return ExitCode.CRITICAL_GAPS.code();
        }
        return report.dossier().failures().isEmpty() ? ExitCode.OK.code() : ExitCode.SOME_DOCUMENTS_FAILED.code();
    }

    static String safe(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }

    private static RulePackChecker.ReadDossier join(Future<RulePackChecker.ReadDossier> reading) throws Exception {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            // Unreadable documents are results, not exceptions: what arrives here is a programming or I/O error.
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
