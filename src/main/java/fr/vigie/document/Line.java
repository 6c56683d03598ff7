package fr.vigie.document;

/**
 * A line of extracted text before paragraphs and sentences are built.
 *
 * @param text         the normalized line
 * @param page         1-based page
 * @param headingLevel 1–6 when the source marks the line as a heading (DOCX style, PDF outline), else 0
 * @param breakBefore  a paragraph break precedes the line (blank line, new paragraph, table row)
 */
public record Line(String text, int page, int headingLevel, boolean breakBefore) {
}
