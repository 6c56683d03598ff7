package fr.vigie.document;

import java.util.List;

/**
 * The documents that are judged together (a draft contract with its annexes, the pieces of a tender).
 *
 * @param name      dossier name (folder name, or the first file's name)
 * @param documents documents that were read
 * @param failures  documents that could not be read
 */
public record Dossier(String name, List<Document> documents, List<DocumentFailure> failures) {

    public Dossier {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }
}
