package fr.vigie.cli;

import fr.vigie.document.FailureKind;

/** The documented exit codes of every command (listed in {@code vigie --help}). */
public enum ExitCode {
    OK(0, "succès, aucun écart critique"),
    CRITICAL_GAPS(1, "vérification faite : au moins une exigence critique n'est pas satisfaite"),
    USAGE(2, "commande ou option invalide"),
    PACK_INVALID(3, "paquet de règles invalide (erreurs affichées avec fichier et ligne)"),
    EVAL_BELOW_FLOOR(4, "évaluation sous le seuil exigé"),
    SOME_DOCUMENTS_FAILED(5, "au moins un document illisible (les autres ont été traités)"),
    CRITICAL_GAPS_AND_FAILURES(6, "balayage : des écarts critiques et des documents illisibles"),
    INTERNAL_ERROR(9, "erreur interne"),
    NOT_FOUND(10, "fichier introuvable"),
    EMPTY(11, "fichier vide"),
    CORRUPT(12, "document endommagé ou tronqué"),
    ENCRYPTED(13, "document protégé par mot de passe"),
    TOO_LARGE(14, "document trop volumineux"),
    UNSUPPORTED_TYPE(15, "format non pris en charge"),
    BOMB(16, "bombe de décompression"),
    NO_TEXT(17, "aucun texte lisible (PDF scanné sans OCR)"),
    TIMEOUT(18, "lecture trop longue"),
    IO_ERROR(19, "erreur de lecture du fichier");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The exit code of a single unreadable document. */
    public static ExitCode of(FailureKind kind) {
        return valueOf(kind.name());
    }

    /** Entries for picocli's exit-code section of the help. */
    static java.util.Map<String, String> helpList() {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        for (ExitCode c : values()) {
            lines.put(String.format(java.util.Locale.ROOT, "%3d", c.code), c.description);
        }
        return lines;
    }
}
