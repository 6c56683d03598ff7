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

    /**
     * Reads the pack's description and compiles its rules and vocabulary in the background (see
     * {@link RulePackChecker#openInBackground}); prints why the description cannot be used and returns null.
     * Errors of the rules themselves come later, from {@link #explain}.
     */
    RulePackChecker openInBackground(IngestLimits limits, PrintWriter err) {
        try {
            return RulePackChecker.openInBackground(resolve(), limits);
        } catch (PackException | VocabularyException e) {
            explain(e, err);
        }
        return null;
    }

    /** Prints why a pack cannot be used: its message, and for a pack its diagnostics (file, line, problem). */
    static void explain(Throwable e, PrintWriter err) {
        err.println(e.getMessage());
        if (e instanceof PackException pack) {
            pack.diagnostics().forEach(d -> err.println("  " + d));
        }
    }

    /** Opens the pack, or prints why it cannot be used (file, line, problem) and returns null. */
    RulePackChecker open(IngestLimits limits, PrintWriter err) {
        try {
            return RulePackChecker.open(resolve(), limits);
        } catch (PackException | VocabularyException e) {
            explain(e, err);
        }
        return null;
    }
}
