package fr.vigie.ingest;

import java.nio.file.Path;

/**
 * Reads one file of any supported format into a {@link fr.vigie.document.Document}.
 * The type is detected from the content. Input files are hostile: implementations bound bytes,
 * pages, unpacked size and time, and turn every problem into a {@link ReadResult.Failed}.
 * Implementations are thread-safe.
 */
public interface DocumentReader {

    ReadResult read(Path file);
}
