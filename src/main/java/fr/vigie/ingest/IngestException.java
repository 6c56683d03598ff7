package fr.vigie.ingest;

import fr.vigie.document.FailureKind;

/** A document that cannot be read, with the kind of failure and a French message. Internal to ingest. */
final class IngestException extends Exception {

    private final FailureKind kind;

    IngestException(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    IngestException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    FailureKind kind() {
        return kind;
    }
}
