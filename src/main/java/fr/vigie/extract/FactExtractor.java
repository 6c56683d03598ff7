package fr.vigie.extract;

import fr.vigie.document.Document;

/**
 * Turns the sentences of one document into facts, using a rule pack's vocabulary.
 * Implementations are immutable and thread-safe; one instance serves many documents.
 */
public interface FactExtractor {

    ExtractedFacts extract(Document document);
}
