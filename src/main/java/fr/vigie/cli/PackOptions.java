package fr.vigie.cli;

import fr.vigie.check.RulePackChecker;
import fr.vigie.extract.VocabularyException;
import fr.vigie.ingest.IngestLimits;
import fr.vigie.rules.BundledPacks;
import fr.vigie.rules.PackException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the rule pack comes from: --pack, else rules/sante-cloud in the working folder, else the copy in the jar. */
final class PackOptions {

    static final String DEFAULT_PACK = "sante-cloud";

    @Option(names = "--pack", paramLabel = "RÉPERTOIRE", description = "Paquet de règles (défaut : rules/sante-cloud, ou celui fourni avec Vigie).")
    Path pack;

    Path resolve() {
        if (pack != null) {
            return pack;
        }
        Path local = Path.of("rules", DEFAULT_PACK);
        if (Files.isRegularFile(local.resolve("pack.yaml"))) {
            return local;
        }
        return BundledPacks.extract(DEFAULT_PACK);
    }

    /** Opens the pack, or prints why it cannot be used (file, line, problem) and returns null. */
    RulePackChecker open(IngestLimits limits, PrintWriter err) {
        try {
            return RulePackChecker.open(resolve(), limits);
        } catch (PackException e) {
            err.println(e.getMessage());
            e.diagnostics().forEach(d -> err.println("  " + d));
        } catch (VocabularyException e) {
            err.println(e.getMessage());
        }
        return null;
    }
}
