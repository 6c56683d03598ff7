package fr.vigie.document;

/**
 * A document that could not be read. It is reported, never thrown past the dossier.
 *
 * @param name    file name
 * @param sha256  hex SHA-256 of the bytes, or null when the file could not even be read
 * @param kind    what went wrong
 * @param message a clear French explanation with what to do next
 */
public record DocumentFailure(String name, String sha256, FailureKind kind, String message) {
}
