package fr.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.vigie.check.RulePackChecker;
import fr.vigie.eval.Evaluation;
import fr.vigie.eval.Evaluator;
import fr.vigie.eval.GoldCorpus;
import fr.vigie.eval.GoldDossier;
import fr.vigie.facts.Status;
import fr.vigie.report.GapReport;
import fr.vigie.report.ReportWriter;
import fr.vigie.rules.RequirementSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** `vigie eval`: scores Vigie against the gold labels of a corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Évalue Vigie sur un corpus étiqueté : accord avec les étiquettes de référence, MET dangereux, précision et rappel des écarts.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CORPUS", description = "Répertoire du corpus (sous-répertoires dev/ et heldout/).")
    Path corpus;

    @Option(names = "--split", defaultValue = "all", description = "dev, heldout ou all (défaut : ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--format", defaultValue = "text", description = "text ou json (défaut : ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FICHIER", description = "Écrit le résultat dans ce fichier plutôt que sur la sortie standard.")
    Path out;

    @Option(names = "--reports", paramLabel = "RÉPERTOIRE", description = "Écrit aussi le rapport d'écarts (HTML et JSON) de chaque dossier.")
    Path reports;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Accord minimal exigé (sinon : corpus/eval-floor.yaml).")
    Double minAccuracy;

    @Option(names = "--max-unsafe-met", paramLabel = "N", description = "Nombre maximal de MET dangereux (sinon : corpus/eval-floor.yaml).")
    Integer maxUnsafeMet;

    @Mixin
    PackOptions packOptions = new PackOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<String> splits = switch (split) {
            case "dev" -> List.of("dev");
            case "heldout" -> List.of("heldout");
            case "all" -> List.of("dev", "heldout");
            default -> null;
        };
        if (splits == null || !format.equals("text") && !format.equals("json")) {
            err.println("--split vaut dev, heldout ou all ; --format vaut text ou json.");
            return ExitCode.USAGE.code();
        }
        RulePackChecker checker = packOptions.open(fr.vigie.ingest.IngestLimits.defaults(), err);
        if (checker == null) {
            return ExitCode.PACK_INVALID.code();
        }
        List<String> ids = checker.pack().requirements().stream().map(RequirementSpec::id).toList();
        List<GoldDossier> gold;
        try {
            gold = GoldCorpus.load(corpus, splits, ids);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (gold.isEmpty()) {
            err.println("Aucun dossier étiqueté dans " + corpus + " (" + String.join(", ", splits) + ").");
            return ExitCode.USAGE.code();
        }
        Evaluation result = new Evaluator(checker).evaluate(gold, this::writeReport);
        String text = format.equals("json") ? json(result) : text(result);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, text);
            err.println("Évaluation écrite : " + out);
        }
        result.failures().forEach(f -> err.println("Vérification impossible : " + f.dossier() + " — " + f.error()));
        if (!result.failures().isEmpty()) {
            err.println(String.format(Locale.FRANCE, "%d dossier(s) n'ont pas pu être vérifiés : leurs étiquettes comptent comme manquées.",
                    result.failures().size()));
        }
        double floor = minAccuracy != null ? minAccuracy : floor("min-accuracy", 0.0);
        int maxUnsafe = maxUnsafeMet != null ? maxUnsafeMet : (int) floor("max-unsafe-met", Integer.MAX_VALUE);
        if (result.accuracy() < floor || result.unsafeMet() > maxUnsafe) {
            err.println(String.format(Locale.FRANCE, "Sous le seuil : accord %.3f (minimum %.3f), MET dangereux %d (maximum %d).",
                    result.accuracy(), floor, result.unsafeMet(), maxUnsafe));
            return ExitCode.EVAL_BELOW_FLOOR.code();
        }
        return ExitCode.OK.code();
    }

    private void writeReport(GapReport report) {
        if (reports == null) {
            return;
        }
        try {
            Files.createDirectories(reports);
            for (String f : List.of("html", "json")) {
                ReportWriter writer = ReportWriter.forFormat(f);
                try (OutputStream o = Files.newOutputStream(reports.resolve(CheckCommand.safe(report.dossier().name()) + "." + writer.extension()))) {
                    writer.write(report, o);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The floor for this split from corpus/eval-floor.yaml, or the default. */
    private double floor(String key, double fallback) throws IOException {
        Path file = corpus.resolve("eval-floor.yaml");
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path(split).path(key);
        return node.isNumber() ? node.asDouble() : fallback;
    }

    private static String text(Evaluation e) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.FRANCE, "Dossiers : %d, étiquettes : %d%n", e.dossiers(), e.labels()));
        s.append(String.format(Locale.FRANCE, "Accord : %.3f%nMET dangereux : %d%nPrécision des écarts : %.3f%nRappel des écarts : %.3f%n",
                e.accuracy(), e.unsafeMet(), e.gapPrecision(), e.gapRecall()));
        s.append("\nAccord par domaine :\n");
        e.perDomain().forEach((d, v) -> s.append(String.format(Locale.FRANCE, "  %-5s %.3f%n", d, v)));
        s.append("\nMatrice de confusion (lignes : référence, colonnes : Vigie) :\n");
        s.append(String.format("  %-15s", ""));
        for (Status v : Status.values()) {
            s.append(String.format("%15s", v));
        }
        s.append('\n');
        e.confusion().forEach((g, row) -> {
            s.append(String.format("  %-15s", g));
            row.values().forEach(n -> s.append(String.format("%15d", n)));
            s.append('\n');
        });
        if (!e.failures().isEmpty()) {
            s.append("\nDossiers non vérifiés (erreur interne ; leurs étiquettes comptent comme manquées) :\n");
            e.failures().forEach(f -> s.append("  ").append(f.dossier()).append(" : ").append(f.error()).append('\n'));
        }
        s.append("\nDésaccords :\n");
        for (Evaluation.Disagreement d : e.disagreements()) {
            s.append(String.format("  %s %s : référence %s, Vigie %s%s%n", d.dossier(), d.requirement(), d.gold(), d.vigie(),
                    d.unsafe() ? "  ← MET DANGEREUX" : ""));
            s.append("      référence : ").append(d.goldWhy()).append('\n');
            s.append("      Vigie : ").append(d.vigieMessage()).append('\n');
            d.evidence().forEach(ev -> s.append("        « ").append(ev.text()).append(" » (").append(ev.document())
                    .append(", p. ").append(ev.page()).append(")\n"));
        }
        return s.toString();
    }

    private static String json(Evaluation e) throws IOException {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("accuracy", e.accuracy());
        top.put("unsafe_met", e.unsafeMet());
        top.put("gap_precision", e.gapPrecision());
        top.put("gap_recall", e.gapRecall());
        top.put("dossiers", e.dossiers());
        top.put("labels", e.labels());
        top.put("per_domain", e.perDomain());
        top.put("per_requirement", e.perRequirement());
        top.put("confusion", e.confusion());
        top.put("disagreements", e.disagreements());
        top.put("failures", e.failures());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(top) + "\n";
    }
}
