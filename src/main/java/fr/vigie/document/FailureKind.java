package fr.vigie.document;

/** Why a document could not be read. Each kind has its own process exit code (see the CLI). */
public enum FailureKind {
    NOT_FOUND,
    EMPTY,
    CORRUPT,
    ENCRYPTED,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    BOMB,
    NO_TEXT,
    TIMEOUT,
    IO_ERROR
}
