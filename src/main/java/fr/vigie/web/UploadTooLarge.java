package fr.vigie.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.nio.charset.StandardCharsets;

/**
 * An upload over the multipart limits is refused before any controller runs: answered here, in JSON for
 * the API and in a short French page for the browser.
 */
@ControllerAdvice
public class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(HttpServletRequest request) {
        String message = "Envoi trop volumineux : chaque document et l'ensemble du dossier ont une taille maximale "
                + "(voir l'administrateur). Réduisez la taille ou le nombre des documents.";
        if (request.getRequestURI().startsWith("/api/")) {
            return ApiErrors.body(HttpStatus.PAYLOAD_TOO_LARGE, message);
        }
        String html = "<!DOCTYPE html><html lang=\"fr\"><meta charset=\"utf-8\"><title>Envoi refusé</title><p>" + message
                + "</p><p><a href=\"/\">Revenir au dépôt</a></p></html>";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
