package fr.vigie.web;

import fr.vigie.report.GapReport;
import fr.vigie.report.ReportWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves a report as JSON, HTML or PDF — the same writers as `vigie check`. */
final class ReportFormats {

    private ReportFormats() {
    }

    static ResponseEntity<byte[]> response(GapReport report, String format, boolean download) {
        ReportWriter writer;
        try {
            writer = ReportWriter.forFormat(format == null ? "json" : format);
        } catch (IllegalArgumentException e) {
            throw new UploadRejected(HttpStatus.BAD_REQUEST, "Format inconnu « " + format + " » : json, html ou pdf.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MediaType type = switch (writer.format()) {
            case "json" -> MediaType.APPLICATION_JSON;
            case "html" -> new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
            case "pdf" -> MediaType.APPLICATION_PDF;
            default -> new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
        };
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        String file = "rapport-" + report.dossier().name().replaceAll("[^\\p{L}\\p{N}._-]+", "_") + "." + writer.extension();
        headers.setContentDisposition((download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(file, StandardCharsets.UTF_8).build());
        return new ResponseEntity<>(out.toByteArray(), headers, HttpStatus.OK);
    }
}
