package fr.vigie.web;

import org.springframework.http.HttpStatus;

/** An upload refused before or after checking; the message is shown to the user, in French. */
public class UploadRejected extends RuntimeException {

    private final HttpStatus status;

    public UploadRejected(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
