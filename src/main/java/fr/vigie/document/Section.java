package fr.vigie.document;

/**
 * A heading of legal drafting: « Article 12 », « ARTICLE 5 – RÉVERSIBILITÉ », « 4.2.1 Sauvegardes »,
 * « Annexe 3 », a DOCX heading style or a PDF outline entry.
 *
 * @param id       stable id inside its document (e.g. "s12")
 * @param number   the article number as written ("12", "4.2.1", "Annexe 3"), or empty
 * @param heading  the heading text without the number (may be empty)
 * @param level    nesting level, 1 = top
 * @param page     page where the heading starts (1-based)
 * @param parentId id of the enclosing section, or null at top level
 */
public record Section(String id, String number, String heading, int level, int page, String parentId) {

    /** A pseudo-section for text that precedes the first heading. */
    public static final Section PREAMBLE = new Section("s0", "", "", 0, 1, null);

    /** Display label used in reports: « Article 12 – Réversibilité », « 4.2.1 Sauvegardes ». */
    public String label() {
        if (number.isEmpty()) {
            return heading;
        }
        if (heading.isEmpty()) {
            return number;
        }
        return number + " – " + heading;
    }
}
