package fr.vigie.extract;

import fr.vigie.document.Document;

import java.util.List;

/**
 * Turns the sentences of one document into facts, using a rule pack's vocabulary.
 * Implementations are immutable and thread-safe; one instance serves many documents.
 */
public interface FactExtractor {

    ExtractedFacts extract(Document document);

    /**
     * The facts of every document of a dossier, in order, each read with what the others define (the trade names of
     * the parties: « la société Vireo Data SAS, ci-après « le Titulaire » »). Without such knowledge, each document
     * as {@link #extract(Document)}.
     *
     * @param parallel whether the documents may be read on several threads
     */
    default List<ExtractedFacts> extract(List<Document> dossier, boolean parallel) {
        return (parallel ? dossier.parallelStream() : dossier.stream()).map(this::extract).toList();
    }

    /**
     * The facts of a whole dossier, document by document, once each was extracted: what a document strikes out
     * of another (an amendment replacing an article) no longer counts. The same list when nothing does.
     */
    default List<ExtractedFacts> settle(List<Document> documents, List<ExtractedFacts> facts) {
        return facts;
    }

    /**
     * The same extractor working on one thread per document. A sweep already keeps every core busy with
     * one dossier each; splitting a document's sentences over the shared pool on top of that only adds
     * threads waiting on each other.
     */
    default FactExtractor sequential() {
        return this;
    }

    /** Sentences read so far, and how many of them were already read in another document. */
    default SentenceReadings.Stats readingStats() {
        return new SentenceReadings.Stats(0, 0);
    }
}
