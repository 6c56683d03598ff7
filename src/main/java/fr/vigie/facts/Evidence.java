package fr.vigie.facts;

/**
 * Where a fact was read: the quoted text and its place in the dossier.
 *
 * @param document document name
 * @param page     1-based page
 * @param section  section label (« Article 9 – Réversibilité »), empty when none
 * @param text     the quoted sentence
 * @param start    start offset in the document text
 * @param end      end offset in the document text
 */
public record Evidence(String document, int page, String section, String text, int start, int end) {
}
