package fr.vigie.document;

import java.util.List;

/**
 * A document read completely: its normalized text, split into pages, sections and sentences.
 * Immutable. Formats without pages (DOCX, ODT, HTML, TXT) have one page unless page breaks are known.
 *
 * @param name      file name as given by the user (no directories)
 * @param sha256    hex SHA-256 of the original bytes
 * @param mediaType media type detected from the content (not the file name)
 * @param language  ISO 639-1 code of the main language ("fr", "en"...), or "und"
 * @param bilingual true when a substantial part is in a second language (both are kept)
 * @param text      the whole normalized text; every offset of pages, sentences and facts refers to it
 * @param pages     the pages, in order, covering the text
 * @param sections  all sections, in document order
 * @param sentences all sentences, in document order
 * @param warnings  non-fatal problems, in French (e.g. « page 3 lue par OCR »)
 */
public record Document(String name, String sha256, String mediaType, String language, boolean bilingual,
                       String text, List<Page> pages, List<Section> sections, List<Sentence> sentences,
                       List<String> warnings) {

    public Document {
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
    }

    public int pageCount() {
        return pages.size();
    }
}
