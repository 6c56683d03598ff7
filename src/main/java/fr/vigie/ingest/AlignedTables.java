package fr.vigie.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables drawn with spaces in plain text, under a rule of dashes that marks the columns:
 * <pre>
 *   Indicateur                          Niveau garanti     Mesure
 *   ----------------------------------  -----------------  ---------------
 *   Délai de rétablissement — bloquant  1 jour ouvré       Ticket
 * </pre>
 * Once the spaces are collapsed the row reads « Délai de rétablissement — bloquant 1 jour ouvré Ticket » and every
 * figure of the table stands beside every label. Each dash run gives a column; the line above the rule (the header)
 * and the lines below it, up to a blank line, are cut at the columns and joined by « | » as a real table's cells.
 * A line that leaves its first column empty, or starts in lower case with a column empty, or in brackets beside a
 * phrase that goes on in lower case, continues the row above (a cell wrapped on two lines). A table without a rule is
 * read too when its first line is a header of short labels whose columns every following line respects.
 */
final class AlignedTables {

    /** At least two runs of three dashes (or equal signs) and nothing else. */
    private static final Pattern RULE = Pattern.compile("^\\s*[-=]{3,}(?:\\s+[-=]{3,})+\\s*$");
    private static final Pattern DASH_RUN = Pattern.compile("[-=]{3,}");

    /** A line of the text, rewritten as a table row (cells joined by « | ») or left as it was. */
    record Out(String text, boolean row) {
    }

    private AlignedTables() {
    }

    /** The lines, the rows of any aligned table joined into cells; the rule lines themselves dropped. */
    static List<Out> rewrite(List<String> raw) {
        List<Out> out = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            String line = raw.get(i);
            if (!RULE.matcher(line).matches()) {
                int[] header = i == 0 || raw.get(i - 1).isBlank() ? headerColumns(raw, i) : null;
                if (header != null) {
                    // A table without a rule: the header's labels give the columns.
                    out.add(new Out(join(cut(line, header)), true));
                    i = rows(raw, i + 1, header, out);
                    continue;
                }
                out.add(new Out(line, false));
                i++;
                continue;
            }
            int[] starts = columnStarts(line);
            // The header is the last non-blank line already emitted, if it sits right above the rule.
            if (!out.isEmpty() && !out.get(out.size() - 1).row() && !out.get(out.size() - 1).text().isBlank()) {
                Out header = out.remove(out.size() - 1);
                out.add(new Out(join(cut(header.text(), starts)), true));
            }
            i = rows(raw, i + 1, starts, out);
        }
        return out;
    }

    /** The rows from {@code from} to the next blank line, cut at the columns, wrapped cells joined; the next index. */
    private static int rows(List<String> raw, int from, int[] starts, List<Out> out) {
        int i = from;
        List<String[]> rows = new ArrayList<>();
        while (i < raw.size() && !raw.get(i).isBlank()) {
            String next = raw.get(i);
            if (!RULE.matcher(next).matches()) {
                String[] cells = cut(next, starts);
                if (!rows.isEmpty() && continues(cells)) {
                    String[] previous = rows.get(rows.size() - 1);
                    for (int c = 0; c < cells.length; c++) {
                        if (!cells[c].isEmpty()) {
                            previous[c] = previous[c].isEmpty() ? cells[c] : previous[c] + " " + cells[c];
                        }
                    }
                } else {
                    rows.add(cells);
                }
            }
            i++;
        }
        rows.forEach(cells -> out.add(new Out(join(cells), true)));
        return i;
    }

    /**
     * False when {@link #GAP} cannot match: no two spaces in a row and no other whitespace than spaces (most paragraphs,
     * which then skip the regular expression).
     */
    private static boolean mayHaveGap(String line) {
        if (line.contains("  ")) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && Character.isWhitespace(c) && c <= ' ') {
                return true;
            }
        }
        return false;
    }

    /** Runs of two spaces or more: the gaps between the columns of an aligned line. */
    private static final Pattern GAP = Pattern.compile("\\S(\\s{2,})(?=\\S)");

    /**
     * The columns of a table drawn with spaces and no rule, when line {@code at} is its header: short labels separated
     * by two spaces or more, followed by at least two lines up to a blank line, each with a gap of its own, none with a
     * word across a column start, and with text starting at one of the columns after the first.
     */
    private static int[] headerColumns(List<String> raw, int at) {
        String header = raw.get(at);
        if (header.isBlank() || header.length() > 200 || !mayHaveGap(header)) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(header.length() - header.stripLeading().length());
        Matcher gap = GAP.matcher(header);
        while (gap.find()) {
            starts.add(gap.end(1));
        }
        if (starts.size() < 2) {
            return null;
        }
        for (int c = 0; c < starts.size(); c++) {
            int end = c + 1 < starts.size() ? starts.get(c + 1) : header.length();
            String label = header.substring(starts.get(c), end).strip();
            if (label.length() > 40 || label.split("\\s+").length > 5 || label.endsWith(".")) {
                return null;
            }
        }
        int lines = 0;
        boolean textAtAColumn = false;
        for (int i = at + 1; i < raw.size() && !raw.get(i).isBlank(); i++) {
            String line = raw.get(i);
            if (!GAP.matcher(line).find() && !line.startsWith(" ".repeat(Math.max(1, starts.get(1))))) {
                return null;
            }
            for (int c = 1; c < starts.size(); c++) {
                int col = starts.get(c);
                if (col < line.length()) {
                    if (!Character.isWhitespace(line.charAt(col - 1))) {
                        return null;
                    }
                    textAtAColumn |= !Character.isWhitespace(line.charAt(col));
                }
            }
            lines++;
        }
        return lines >= 2 && textAtAColumn ? starts.stream().mapToInt(Integer::intValue).toArray() : null;
    }

    /**
     * A line that carries on the row above: its first cell is empty, or it starts in lower case and leaves a cell
     * empty (« sécurité … détection » under « Notification d'un incident de … Horodatage de la »).
     */
    private static boolean continues(String[] cells) {
        if (cells[0].isEmpty()) {
            return true;
        }
        boolean someEmpty = java.util.Arrays.stream(cells).anyMatch(String::isEmpty);
        if (someEmpty && Character.isLowerCase(cells[0].charAt(0))) {
            return true;
        }
        // « (Ploërmel-la-Forêt) | plateforme (activités 1 à 6) | … »: a bracketed first cell beside a phrase that goes on.
        boolean midPhrase = java.util.Arrays.stream(cells).skip(1)
                .anyMatch(c -> !c.isEmpty() && Character.isLowerCase(c.charAt(0)));
        return cells[0].startsWith("(") && midPhrase;
    }

    private static int[] columnStarts(String rule) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = DASH_RUN.matcher(rule);
        while (m.find()) {
            starts.add(m.start());
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The line cut at the columns. A cell that overflows into the next column's margin (a word longer than its dash
     * run) is kept whole: each cut moves back to the space before the word it would split.
     */
    private static String[] cut(String line, int[] starts) {
        String[] cells = new String[starts.length];
        int from = 0;
        for (int c = 0; c < starts.length; c++) {
            int to = c + 1 < starts.length ? Math.min(boundary(line, starts[c + 1]), line.length()) : line.length();
            to = Math.max(to, from);
            cells[c] = from < line.length() ? line.substring(Math.min(from, line.length()), to).strip() : "";
            from = to;
        }
        return cells;
    }

    /** The column start, or the start of the word that straddles it. */
    private static int boundary(String line, int at) {
        if (at >= line.length()) {
            return line.length();
        }
        int b = at;
        while (b > 0 && !Character.isWhitespace(line.charAt(b - 1)) && !Character.isWhitespace(line.charAt(b))) {
            b--;
        }
        return b;
    }

    private static String join(String[] cells) {
        return String.join(" | ", cells);
    }
}
