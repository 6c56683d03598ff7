package fr.vigie.document;

/**
 * A page of a document, as a range of {@link Document#text()}. Running headers, footers and page
 * numbers are removed from the text; the range covers what remains.
 *
 * @param number 1-based page number
 * @param start  start offset (inclusive) in the document text
 * @param end    end offset (exclusive) in the document text
 * @param ocr    true when the text of this page comes from OCR
 */
public record Page(int number, int start, int end, boolean ocr) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
