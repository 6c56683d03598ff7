package fr.vigie.cli;

import fr.vigie.rules.BundledPacks;
import picocli.CommandLine.Option;

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
}
