package fr.vigie.extract;

import fr.vigie.document.Sentence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Reads the rows of a table with their column headers. A row « Archivage | 99,9 % | 10 % » says nothing by
 * itself: its header « Service | Disponibilité mensuelle | Crédit » tells that 99,9 % is an availability. The
 * readers emit a table row as its cells joined by {@value #CELL_SEPARATOR}; the first row of a run of rows is
 * taken as the header when its cells are short labels. Each cell of the following rows is then read as
 * « header : cell » when its header names something (the predicate), so that figures stand next to what they
 * measure. Rows with fewer cells than the header (a cell spanning several rows on the left) are aligned on the
 * right. The evidence quoted stays the row as written: only the text read for facts changes. The header and the cell
 * are joined by a space, not a colon (a clause break): « Certifié HDS Non » denies what « Certifié HDS » names.
 * The header row itself, made of labels, states nothing.
 */
final class TableRows {

    static final String CELL_SEPARATOR = " | ";
    /** A header cell is a label, not a sentence. */
    private static final int MAX_HEADER_CELL_WORDS = 8;
    private static final int MAX_TWO_COLUMN_HEADER_CELL_WORDS = 5;
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\([^)]*\\)");

    private TableRows() {
    }

    /** The text is a table row, its cells joined by {@value #CELL_SEPARATOR}. */
    static boolean isRow(String text) {
        return text.contains(CELL_SEPARATOR);
    }

    /**
     * The text to read for each table row of the document that has an informative header, by sentence index.
     *
     * @param informative whether a header cell names something worth carrying to the cells below it
     */
    static Map<Integer, String> readingTexts(List<Sentence> sentences, Predicate<String> informative) {
        return read(sentences, informative).rows();
    }

    /**
     * @param rows    the text to read for each row under an informative header, by sentence index
     * @param headers the sentence indexes of those headers
     */
    record Reading(Map<Integer, String> rows, java.util.Set<Integer> headers) {
    }

    static Reading read(List<Sentence> sentences, Predicate<String> informative) {
        Map<Integer, String> texts = new HashMap<>();
        java.util.Set<Integer> headers = new java.util.HashSet<>();
        int headerIndex = -1;
        String[] header = null;
        boolean[] carried = null;
        Sentence previous = null;
        for (Sentence sentence : sentences) {
            boolean row = isRow(sentence.text());
            boolean continues = row && previous != null && isRow(previous.text())
                    && Objects.equals(previous.section().id(), sentence.section().id());
            if (!row) {
                header = null;
            } else if (!continues) {
                header = cells(sentence.text());
                carried = isHeader(header) ? informativeCells(header, informative) : null;
                headerIndex = sentence.index();
                if (carried == null) {
                    header = null;
                }
            } else if (header != null) {
                String text = withHeaders(cells(sentence.text()), header, carried);
                if (text != null) {
                    texts.put(sentence.index(), text);
                    headers.add(headerIndex);
                }
            }
            previous = sentence;
        }
        return new Reading(texts, headers);
    }

    private static String[] cells(String row) {
        String[] cells = row.split(" \\| ", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }

    private static boolean isHeader(String[] cells) {
        if (cells.length < 2) {
            return false;
        }
        // A table of two columns whose first row reads « Objet | Sauvegarde externalisée et restauration des
        // données » is a list of labels and values, not a header: a column label is a few words.
        int maxWords = cells.length == 2 ? MAX_TWO_COLUMN_HEADER_CELL_WORDS : MAX_HEADER_CELL_WORDS;
        for (String cell : cells) {
            // A figure (« EX-01 », « 99,9 % ») or a sentence makes it the first row of a table without header.
            // (A reference in brackets is part of a label: « Activités HDS (art. R.1111-9 CSP) », « PSS (7 h-20 h) ».)
            String label = BRACKETS.matcher(cell).replaceAll("");
            if (cell.isEmpty() || label.split("\\s+").length > maxWords || DIGIT.matcher(label).find()
                    || cell.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Which header cells name something; null when none does (the table is then read as before). */
    private static boolean[] informativeCells(String[] header, Predicate<String> informative) {
        boolean[] carried = new boolean[header.length];
        boolean any = false;
        for (int i = 0; i < header.length; i++) {
            carried[i] = informative.test(header[i]);
            any |= carried[i];
        }
        return any ? carried : null;
    }

    private static String withHeaders(String[] cells, String[] header, boolean[] carried) {
        if (cells.length > header.length) {
            return null;
        }
        int shift = header.length - cells.length;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(CELL_SEPARATOR);
            }
            int column = i + shift;
            if (carried[column] && !cells[i].isEmpty()) {
                text.append(header[column]).append(' ');
            }
            text.append(cells[i]);
        }
        return text.toString();
    }
}
