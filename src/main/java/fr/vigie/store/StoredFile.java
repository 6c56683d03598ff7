package fr.vigie.store;

/** A document of a stored dossier; {@code name} is also its name in the report's evidence. */
public record StoredFile(String id, String dossierId, String name, String mediaType, long sizeBytes, String sha256,
                         boolean readable) {
}
