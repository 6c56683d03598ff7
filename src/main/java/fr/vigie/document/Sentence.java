package fr.vigie.document;

/**
 * One sentence (or enumerated clause item) of a document.
 *
 * @param index   0-based position in the document
 * @param text    the normalized text, exactly {@code document.text().substring(start, end)}
 * @param page    1-based page the sentence starts on
 * @param section the innermost section containing the sentence ({@link Section#PREAMBLE} before the first heading)
 * @param start   start offset (inclusive) in {@link Document#text()}
 * @param end     end offset (exclusive) in {@link Document#text()}
 */
public record Sentence(int index, String text, int page, Section section, int start, int end) {
}
