package fr.vigie.cli;

import fr.vigie.document.DocumentFailure;
import fr.vigie.ingest.IngestLimits;
import picocli.CommandLine.Option;

import java.util.List;

/** Reading limits shared by the commands that read documents. */
final class ReadOptions {

    @Option(names = "--max-size", paramLabel = "Mo", description = "Taille maximale d'un document en Mo (défaut : 50).")
    Long maxMegabytes;

    @Option(names = "--max-pages", paramLabel = "N", description = "Nombre maximal de pages d'un document (défaut : 2000).")
    Integer maxPages;

    @Option(names = "--no-ocr", description = "Ne pas lancer l'OCR sur les pages sans couche texte.")
    boolean noOcr;

    IngestLimits limits() {
        IngestLimits limits = IngestLimits.defaults().withOcr(!noOcr);
        if (maxMegabytes != null) {
            limits = limits.withMaxBytes(maxMegabytes * 1024 * 1024);
        }
        if (maxPages != null) {
            limits = limits.withMaxPages(maxPages);
        }
        return limits;
    }

    /** One file that failed: its own code; several files with failures: SOME_DOCUMENTS_FAILED. */
    static int exitCode(List<DocumentFailure> failures, int files) {
        if (failures.isEmpty()) {
            return ExitCode.OK.code();
        }
        if (files == 1 || failures.stream().map(DocumentFailure::kind).distinct().count() == 1 && failures.size() == files) {
            return ExitCode.of(failures.get(0).kind()).code();
        }
        return ExitCode.SOME_DOCUMENTS_FAILED.code();
    }
}
