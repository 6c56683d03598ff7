package fr.vigie.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.Map;

/** API errors as JSON with a French message: {"status": 415, "error": "…"}. */
@RestControllerAdvice(assignableTypes = ApiController.class)
public class ApiErrors {

    @ExceptionHandler(UploadRejected.class)
    ResponseEntity<Map<String, Object>> rejected(UploadRejected e) {
        return body(e.status(), e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, Object>> missing(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "Champ « files » manquant : envoyez les documents en multipart/form-data.");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> multipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "Envoi multipart illisible : " + e.getMessage());
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }
}
