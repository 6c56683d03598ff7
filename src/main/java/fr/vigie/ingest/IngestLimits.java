package fr.vigie.ingest;

import java.time.Duration;

/**
 * Bounds applied to every input document, which is treated as hostile.
 *
 * @param maxBytes         largest file accepted
 * @param maxPages         largest page count accepted
 * @param maxUnpackedBytes largest total size of the entries of a ZIP-based document (DOCX, ODT)
 * @param maxRatio         largest compression ratio of any entry (zip bombs)
 * @param timeout          longest parse time of one document
 * @param ocr              OCR pages without text layer when Tesseract is installed
 */
public record IngestLimits(long maxBytes, int maxPages, long maxUnpackedBytes, int maxRatio, Duration timeout,
                           boolean ocr) {

    public static IngestLimits defaults() {
        return new IngestLimits(50L * 1024 * 1024, 2_000, 200L * 1024 * 1024, 200, Duration.ofSeconds(120), true);
    }

    public IngestLimits withOcr(boolean enabled) {
        return new IngestLimits(maxBytes, maxPages, maxUnpackedBytes, maxRatio, timeout, enabled);
    }

    public IngestLimits withMaxBytes(long bytes) {
        return new IngestLimits(bytes, maxPages, maxUnpackedBytes, maxRatio, timeout, ocr);
    }

    public IngestLimits withMaxPages(int pages) {
        return new IngestLimits(maxBytes, pages, maxUnpackedBytes, maxRatio, timeout, ocr);
    }
}
