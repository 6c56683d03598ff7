package fr.vigie.web;

import org.apache.tika.Tika;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * What an upload may be: how many files, how big, and which types — decided from the bytes (Tika's
 * detector), not from the name or the browser's claim, so a renamed executable is refused.
 */
@Component
public class UploadPolicy {

    static final Set<String> ACCEPTED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/x-tika-msoffice", "application/x-tika-ooxml", "application/vnd.oasis.opendocument.text",
            "application/rtf", "text/html", "application/xhtml+xml", "text/plain");

    private static final Tika TIKA = new Tika();
    private final VigieProperties.Upload limits;

    public UploadPolicy(VigieProperties properties) {
        this.limits = properties.upload();
    }

    /** The media type of each file, or an exception naming the first one refused. */
    public List<String> check(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw new UploadRejected(HttpStatus.BAD_REQUEST, "Aucun fichier reçu : joignez au moins un document.");
        }
        if (uploads.size() > limits.maxFiles()) {
            throw new UploadRejected(HttpStatus.BAD_REQUEST, "Trop de fichiers : " + uploads.size() + " reçus, "
                    + limits.maxFiles() + " au plus par dossier.");
        }
        return uploads.stream().map(this::type).toList();
    }

    private String type(Upload u) {
        if (u.bytes().length > limits.maxFileBytes()) {
            throw new UploadRejected(HttpStatus.PAYLOAD_TOO_LARGE, "« " + u.originalName() + " » dépasse la taille maximale de "
                    + limits.maxFileBytes() / (1024 * 1024) + " Mo.");
        }
        String type = TIKA.detect(u.bytes(), u.originalName());
        String base = type.split(";")[0].strip();
        if (!ACCEPTED.contains(base) && !base.startsWith("text/")) {
            throw new UploadRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "« " + u.originalName() + " » n'est pas un document "
                    + "accepté (" + base + ") : PDF, DOCX, DOC, ODT, RTF, HTML ou TXT.");
        }
        return base;
    }
}
