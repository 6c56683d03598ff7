package fr.vigie.ingest;

import fr.vigie.document.Document;
import fr.vigie.document.DocumentFailure;

/** The outcome of reading one file: a document, or a failure that says why. Never an exception. */
public sealed interface ReadResult {

    record Read(Document document) implements ReadResult {
    }

    record Failed(DocumentFailure failure) implements ReadResult {
    }
}
