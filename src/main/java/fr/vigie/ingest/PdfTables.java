package fr.vigie.ingest;

import fr.vigie.document.DocumentBuilder;
import fr.vigie.document.Line;
import fr.vigie.document.TextNormalizer;
import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the rows of the tables a PDF draws back together. Word processors draw a table cell by cell, so PDFBox writes
 * each line of each cell as a line of its own (or runs cells that share a baseline into one line). The rulings the
 * page draws give the grid of each table: its rows are the bands between horizontal rulings, its cells the spans
 * between the vertical rulings that cross the band (a cell without a ruling above it goes on from the cell above).
 * Every glyph of the lines that lie wholly inside a grid goes to its cell; each row then comes out as one line, its
 * cells joined by {@value #CELL_SEPARATOR} as the DOCX, ODT and HTML readers write them, the lines of a cell joined as
 * the lines of a paragraph. A band without inner horizontal rulings still holds several rows: the content stream
 * draws a table row after row, so text that goes back to a column on the left, below the text seen so far, starts a
 * new row. A grid none of whose rows has two cells with text is a frame around text, not a table: its lines stay.
 */
final class PdfTables {

    /** As {@code fr.vigie.extract.TableRows.CELL_SEPARATOR}: the readers' common spelling of a cell boundary. */
    static final String CELL_SEPARATOR = " | ";
    /** Rulings closer than this are one (double borders, a border drawn once per adjacent cell). */
    private static final float TOLERANCE = 2f;
    /** Narrower bands and columns are the gap between double borders, not cells. */
    private static final float MIN_CELL = 4f;
    /** Past this many rulings, pairing them all costs more than the table is worth. */
    private static final int MAX_RULINGS = 1500;

    /**
     * How the lines of a page change: the rows of each grid are written where its first line was, in place of the
     * raw lines that lie in the grid.
     *
     * @param gridOfLine for each raw line, the grid that holds all its glyphs, or a negative number
     */
    record Plan(int[] gridOfLine, Map<Integer, Rows> rowsAt) {
    }

    /** A cell of a row: where its column starts, and its text. */
    record CellText(float left, String text) {
    }

    /**
     * The rows of one table on one page, top to bottom, each with its cells that have text, left to right.
     *
     * @param columns the left edges of the table's columns, to recognize the same table on the next page
     * @param table   whether a row has two cells with text: otherwise a frame around text, unless it goes on with a
     *                table of the page before
     * @param grid    the grid of the page the rows come from
     */
    record Rows(List<List<CellText>> rows, float[] columns, boolean table, int grid) {

        static String line(List<CellText> row) {
            StringBuilder s = new StringBuilder();
            for (CellText cell : row) {
                if (!s.isEmpty()) {
                    s.append(CELL_SEPARATOR);
                }
                s.append(cell.text());
            }
            return s.toString();
        }

        /** The same columns, at the same places. */
        boolean sameColumns(Rows other) {
            if (columns.length != other.columns.length) {
                return false;
            }
            for (int i = 0; i < columns.length; i++) {
                if (Math.abs(columns[i] - other.columns[i]) > TOLERANCE) {
                    return false;
                }
            }
            return true;
        }
    }

    private PdfTables() {
    }

    /**
     * @param lineStarts the offset in the page text where each raw line (split on the line separator) starts
     * @return the changes to make, or null when the page draws no table
     */
    static Plan plan(PdfPageStripper.PageText page, int[] lineStarts) {
        List<Grid> grids = grids(page.horizontal(), page.vertical());
        if (grids.isEmpty()) {
            return null;
        }
        String text = page.text();
        List<PdfPageStripper.Fragment> fragments = page.fragments();
        int lines = lineStarts.length;
        // The grid that holds every glyph of each line, -2 for a line without glyphs, -1 for a line outside.
        int[] gridOfLine = new int[lines];
        Arrays.fill(gridOfLine, -2);
        int[][] cells = new int[fragments.size()][];
        int[] lineOfFragment = new int[fragments.size()];
        for (int f = 0; f < fragments.size(); f++) {
            PdfPageStripper.Fragment fragment = fragments.get(f);
            int line = lineOf(lineStarts, fragment.start());
            lineOfFragment[f] = line;
            if (gridOfLine[line] == -1) {
                continue;
            }
            List<TextPosition> glyphs = fragment.glyphs();
            int[] cellOfGlyph = new int[glyphs.size()];
            int grid = gridOfLine[line];
            for (int g = 0; g < glyphs.size() && grid != -1; g++) {
                TextPosition glyph = glyphs.get(g);
                float x = glyph.getX() + glyph.getWidth() / 2;
                float y = glyph.getY() - glyph.getHeight() / 2;
                int found = -1;
                int cell = -1;
                for (int k = 0; k < grids.size() && found < 0; k++) {
                    if (grid >= 0 && k != grid) {
                        continue;
                    }
                    cell = grids.get(k).cellAt(x, y);
                    if (cell >= 0) {
                        found = k;
                    }
                }
                grid = found;
                cellOfGlyph[g] = cell;
            }
            gridOfLine[line] = grid;
            cells[f] = cellOfGlyph;
        }
        Map<Integer, Rows> rowsAt = new HashMap<>();
        for (int k = 0; k < grids.size(); k++) {
            Table table = new Table(grids.get(k), text, k);
            int first = -1;
            for (int f = 0; f < fragments.size(); f++) {
                int line = lineOfFragment[f];
                if (gridOfLine[line] == k) {
                    table.add(fragments.get(f), cells[f], line);
                    first = first < 0 ? line : first;
                }
            }
            Rows rows = table.rows();
            if (rows != null) {
                rowsAt.put(first, rows);
            }
        }
        return rowsAt.isEmpty() ? null : new Plan(gridOfLine, rowsAt);
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Writes the rows of the tables, page after page, and puts back together a table that goes on over a page
     * break: on the next page, with the same columns and only the page foot and head between, its repeated header
     * row is dropped (the DOCX reader writes it once) and a row cut by the page break is joined to its first part.
     * A row is taken as cut when each of its cells goes on from the cell above it, left unfinished (no final
     * punctuation): the cell starts in lower case, or the cell above stops mid-phrase.
     */
    static final class Spread {
        /** Page foot and head lines that may stand between the two parts of a table. */
        private static final int MAX_LINES_BETWEEN = 6;

        private Rows last;
        private List<CellText> header;
        private int lastRow = -1;
        private int page;
        private int linesSince;

        /** An ordinary line was written. */
        void line() {
            linesSince++;
        }

        /**
         * Writes the rows of a table, one line each, as paragraphs of their own.
         *
         * @return false for a frame around text that goes on with no table: its lines are written as they are
         */
        boolean write(Rows rows, int pageNumber, List<Line> lines) {
            List<List<CellText>> todo = rows.rows();
            boolean goesOn = last != null && page == pageNumber - 1 && linesSince <= MAX_LINES_BETWEEN
                    && lastRow >= 0 && lastRow < lines.size() && last.sameColumns(rows);
            int from = 0;
            List<CellText> joined = null;
            if (goesOn) {
                if (todo.size() > 1 && header != null && Rows.line(todo.get(0)).equals(Rows.line(header))) {
                    from = 1;
                }
                List<CellText> previous = last.rows().get(last.rows().size() - 1);
                joined = join(previous, todo.get(from), rows.columns());
            }
            if (!rows.table() && joined == null) {
                return false;
            }
            if (joined != null) {
                Line before = lines.get(lastRow);
                lines.set(lastRow, new Line(Rows.line(joined), before.page(), before.headingLevel(), before.breakBefore()));
                from++;
                List<List<CellText>> rest = new ArrayList<>();
                rest.add(joined); // the last row so far, for a table that goes on again
                rest.addAll(todo.subList(from, todo.size()));
                last = new Rows(rest, rows.columns(), true, rows.grid());
            } else if (goesOn) {
                last = rows;
            } else {
                header = todo.get(0);
                last = rows;
            }
            for (List<CellText> row : todo.subList(from, todo.size())) {
                lines.add(new Line(Rows.line(row), pageNumber, 0, true));
                lastRow = lines.size() - 1;
            }
            page = pageNumber;
            linesSince = 0;
            return true;
        }

        /** The row cut by the page break put back together, or null when the next row is a row of its own. */
        private static List<CellText> join(List<CellText> previous, List<CellText> next, float[] columns) {
            CellText[] above = new CellText[columns.length];
            for (CellText cell : previous) {
                int c = column(columns, cell.left());
                if (c < 0) {
                    return null;
                }
                above[c] = cell;
            }
            CellText[] below = new CellText[columns.length];
            for (CellText cell : next) {
                int c = column(columns, cell.left());
                if (c < 0 || above[c] == null) {
                    return null;
                }
                String top = above[c].text();
                String text = cell.text();
                char end = top.charAt(top.length() - 1);
                boolean unfinished = ".;:!?»".indexOf(end) < 0;
                boolean goesOn = Character.isLowerCase(text.charAt(0)) || DocumentBuilder.endsMidPhrase(top);
                if (!unfinished || !goesOn) {
                    return null;
                }
                below[c] = cell;
            }
            List<CellText> joined = new ArrayList<>();
            for (int c = 0; c < columns.length; c++) {
                if (above[c] == null) {
                    continue;
                }
                String text = below[c] == null ? above[c].text()
                        : DocumentBuilder.joinWrapped(List.of(above[c].text(), below[c].text()));
                joined.add(new CellText(above[c].left(), text));
            }
            return joined;
        }

        private static int column(float[] columns, float left) {
            for (int c = 0; c < columns.length; c++) {
                if (Math.abs(columns[c] - left) <= TOLERANCE) {
                    return c;
                }
            }
            return -1;
        }
    }

    /** The text of one table as its glyphs arrive, cell by cell and row by row. */
    private static final class Table {
        private final Grid grid;
        private final int index;
        private final String text;
        /** Cells with text, by row (top band, then row within the band) and cell, in the order they arrive. */
        private final Map<Long, Cell> cells = new LinkedHashMap<>();
        /** Per band: the row within the band, the left of the last cell written and the bottom of the row's text. */
        private final int[] rowInBand;
        private final float[] lastLeft;
        private final float[] rowBottom;

        Table(Grid grid, String text, int index) {
            this.grid = grid;
            this.index = index;
            this.text = text;
            int bands = grid.ys.length;
            rowInBand = new int[bands];
            lastLeft = new float[bands];
            Arrays.fill(lastLeft, -Float.MAX_VALUE);
            rowBottom = new float[bands];
            Arrays.fill(rowBottom, -Float.MAX_VALUE);
        }

        /** Adds a written word: its glyphs go to their cells, a word across a cell boundary is cut there. */
        void add(PdfPageStripper.Fragment fragment, int[] cellOfGlyph, int line) {
            List<TextPosition> glyphs = fragment.glyphs();
            String word = text.substring(fragment.start(), fragment.end());
            boolean byGlyph = spellsOut(glyphs, word);
            int from = 0;
            for (int g = 1; g <= glyphs.size(); g++) {
                if (g == glyphs.size() || byGlyph && cellOfGlyph[g] != cellOfGlyph[from]) {
                    String piece;
                    if (!byGlyph) {
                        piece = word;
                    } else {
                        StringBuilder s = new StringBuilder();
                        for (int i = from; i < g; i++) {
                            s.append(glyphs.get(i).getUnicode());
                        }
                        piece = s.toString();
                    }
                    run(cellOfGlyph[from], glyphs.subList(from, g), piece, fragment, from == 0, line);
                    from = g;
                }
            }
        }

        private static boolean spellsOut(List<TextPosition> glyphs, String word) {
            int at = 0;
            for (TextPosition glyph : glyphs) {
                String u = glyph.getUnicode();
                if (u == null || !word.startsWith(u, at)) {
                    return false;
                }
                at += u.length();
            }
            return at == word.length();
        }

        private void run(int cellId, List<TextPosition> glyphs, String piece, PdfPageStripper.Fragment fragment,
                         boolean wordStart, int line) {
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (TextPosition glyph : glyphs) {
                top = Math.min(top, glyph.getY() - glyph.getHeight());
                bottom = Math.max(bottom, glyph.getY());
            }
            int band = grid.cellBand[cellId];
            float left = grid.cellLeft[cellId];
            // Back to a column on the left, below the row's text: the next row of a band without rulings between rows.
            if (left < lastLeft[band] - TOLERANCE && top >= rowBottom[band] - 1) {
                rowInBand[band]++;
                rowBottom[band] = -Float.MAX_VALUE;
            }
            lastLeft[band] = left;
            rowBottom[band] = Math.max(rowBottom[band], bottom);
            long key = ((long) band << 40) | ((long) rowInBand[band] << 20) | cellId;
            cells.computeIfAbsent(key, k -> new Cell(left)).add(piece, line, wordStart ? fragment.start() : -1, fragment.end(), text);
        }

        /** The rows, top to bottom; null without text. */
        Rows rows() {
            Map<Long, List<Cell>> byRow = new java.util.TreeMap<>();
            for (Map.Entry<Long, Cell> e : cells.entrySet()) {
                byRow.computeIfAbsent(e.getKey() >>> 20, k -> new ArrayList<>()).add(e.getValue());
            }
            List<List<CellText>> rows = new ArrayList<>();
            boolean table = false;
            for (List<Cell> row : byRow.values()) {
                row.sort((a, b) -> Float.compare(a.left, b.left));
                List<CellText> texts = new ArrayList<>();
                for (Cell cell : row) {
                    String t = cell.text();
                    if (!t.isEmpty()) {
                        texts.add(new CellText(cell.left, t));
                    }
                }
                if (!texts.isEmpty()) {
                    rows.add(texts);
                    table |= texts.size() >= 2;
                }
            }
            return rows.isEmpty() ? null : new Rows(rows, cluster(grid.cellLeft), table, index);
        }
    }

    /** The text of one cell: its lines as written, joined at the end as the lines of a paragraph. */
    private static final class Cell {
        private final float left;
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int line = -1;
        private int end = -1;

        Cell(float left) {
            this.left = left;
        }

        /**
         * @param start where the word starts in the page text, or -1 for the rest of a word cut at a cell boundary
         */
        void add(String piece, int rawLine, int start, int wordEnd, String text) {
            if (rawLine != line) {
                flush();
                line = rawLine;
            } else if (start > end && end >= 0 && text.substring(end, start).indexOf(' ') >= 0) {
                current.append(' '); // the word separator PDFBox wrote between the two words
            }
            current.append(piece);
            end = wordEnd;
        }

        private void flush() {
            String l = TextNormalizer.line(current.toString());
            if (!l.isEmpty()) {
                lines.add(l);
            }
            current.setLength(0);
        }

        String text() {
            flush();
            return TextNormalizer.line(DocumentBuilder.joinWrapped(lines));
        }
    }

    /**
     * The cells of one ruled table: the bands between its horizontal rulings, and in each band the spans between
     * the vertical rulings that cross it.
     */
    static final class Grid {
        final float[] ys;
        final float[][] xs;
        final int[][] cellIds;
        final int[] cellBand;
        final float[] cellLeft;
        final float left;
        final float right;

        private Grid(float[] ys, float[][] xs, int[][] cellIds, int[] cellBand, float[] cellLeft, float left, float right) {
            this.ys = ys;
            this.xs = xs;
            this.cellIds = cellIds;
            this.cellBand = cellBand;
            this.cellLeft = cellLeft;
            this.left = left;
            this.right = right;
        }

        /** The cell at a point, or -1 outside the grid (or between double borders). */
        int cellAt(float x, float y) {
            if (x < left || x > right || y < ys[0] || y >= ys[ys.length - 1]) {
                return -1;
            }
            int band = 0;
            while (band + 1 < ys.length - 1 && y >= ys[band + 1]) {
                band++;
            }
            float[] bounds = xs[band];
            for (int c = 0; c + 1 < bounds.length; c++) {
                if (x >= bounds[c] && x < bounds[c + 1]) {
                    return cellIds[band][c];
                }
            }
            return -1;
        }
    }

    /** The tables a page draws: groups of rulings that meet, with at least two horizontal and one vertical. */
    static List<Grid> grids(List<float[]> horizontal, List<float[]> vertical) {
        int h = horizontal.size();
        int n = h + vertical.size();
        if (h < 2 || vertical.isEmpty() || n > MAX_RULINGS) {
            return List.of();
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (meet(i, j, h, horizontal, vertical)) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<Grid> grids = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            List<float[]> hs = new ArrayList<>();
            List<float[]> vs = new ArrayList<>();
            for (int i : group) {
                if (i < h) {
                    hs.add(horizontal.get(i));
                } else {
                    vs.add(vertical.get(i - h));
                }
            }
            Grid grid = grid(hs, vs);
            if (grid != null) {
                grids.add(grid);
            }
        }
        return grids;
    }

    private static boolean meet(int i, int j, int h, List<float[]> horizontal, List<float[]> vertical) {
        if (i < h && j < h) {
            float[] a = horizontal.get(i);
            float[] b = horizontal.get(j);
            return Math.abs(a[2] - b[2]) <= TOLERANCE && a[0] <= b[1] + TOLERANCE && b[0] <= a[1] + TOLERANCE;
        }
        if (i >= h && j >= h) {
            float[] a = vertical.get(i - h);
            float[] b = vertical.get(j - h);
            return Math.abs(a[2] - b[2]) <= TOLERANCE && a[0] <= b[1] + TOLERANCE && b[0] <= a[1] + TOLERANCE;
        }
        float[] a = horizontal.get(i); // i < h <= j
        float[] b = vertical.get(j - h);
        return b[2] >= a[0] - TOLERANCE && b[2] <= a[1] + TOLERANCE && a[2] >= b[0] - TOLERANCE && a[2] <= b[1] + TOLERANCE;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        parent[find(parent, i)] = find(parent, j);
    }

    private static Grid grid(List<float[]> hs, List<float[]> vs) {
        if (hs.size() < 2 || vs.isEmpty()) {
            return null;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float[] yValues = new float[hs.size()];
        for (int i = 0; i < hs.size(); i++) {
            left = Math.min(left, hs.get(i)[0]);
            right = Math.max(right, hs.get(i)[1]);
            yValues[i] = hs.get(i)[2];
        }
        for (float[] v : vs) {
            left = Math.min(left, v[2]);
            right = Math.max(right, v[2]);
        }
        float[] ys = cluster(yValues);
        if (ys.length < 2) {
            return null;
        }
        int bands = ys.length - 1;
        float[][] xs = new float[bands][];
        int[][] cellIds = new int[bands][];
        List<Integer> cellBand = new ArrayList<>();
        List<Float> cellLeft = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            if (ys[b + 1] - ys[b] < MIN_CELL) {
                xs[b] = new float[0];
                cellIds[b] = new int[0];
                continue;
            }
            float middle = (ys[b] + ys[b + 1]) / 2;
            List<Float> crossing = new ArrayList<>();
            crossing.add(left);
            crossing.add(right);
            for (float[] v : vs) {
                if (v[0] < middle && v[1] > middle) {
                    crossing.add(v[2]);
                }
            }
            float[] raw = new float[crossing.size()];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = crossing.get(i);
            }
            float[] bounds = spans(cluster(raw));
            xs[b] = bounds;
            cellIds[b] = new int[Math.max(0, bounds.length - 1)];
            for (int c = 0; c + 1 < bounds.length; c++) {
                int above = b > 0 && !ruledAbove(hs, ys[b], bounds[c], bounds[c + 1])
                        ? sameSpan(xs[b - 1], cellIds[b - 1], bounds[c], bounds[c + 1]) : -1;
                if (above >= 0) {
                    cellIds[b][c] = above;
                } else {
                    cellIds[b][c] = cellBand.size();
                    cellBand.add(b);
                    cellLeft.add(bounds[c]);
                }
            }
        }
        int[] band = new int[cellBand.size()];
        float[] lefts = new float[cellLeft.size()];
        for (int i = 0; i < band.length; i++) {
            band[i] = cellBand.get(i);
            lefts[i] = cellLeft.get(i);
        }
        return band.length == 0 ? null : new Grid(ys, xs, cellIds, band, lefts, left, right);
    }

    /** Boundaries closer than a cell are one: the narrow gaps of double borders are dropped. */
    private static float[] spans(float[] bounds) {
        List<Float> kept = new ArrayList<>();
        for (float x : bounds) {
            if (kept.isEmpty() || x - kept.get(kept.size() - 1) >= MIN_CELL) {
                kept.add(x);
            } else if (x == bounds[bounds.length - 1]) {
                kept.set(kept.size() - 1, x); // keep the outer edge
            }
        }
        float[] out = new float[kept.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = kept.get(i);
        }
        return out;
    }

    /** A horizontal ruling at {@code y} under the middle of the span. */
    private static boolean ruledAbove(List<float[]> hs, float y, float x1, float x2) {
        float middle = (x1 + x2) / 2;
        for (float[] r : hs) {
            if (Math.abs(r[2] - y) <= TOLERANCE && r[0] <= middle && r[1] >= middle) {
                return true;
            }
        }
        return false;
    }

    /** The cell of the band above with the same span, or -1. */
    private static int sameSpan(float[] bounds, int[] ids, float x1, float x2) {
        for (int c = 0; c + 1 < bounds.length; c++) {
            if (Math.abs(bounds[c] - x1) <= TOLERANCE && Math.abs(bounds[c + 1] - x2) <= TOLERANCE) {
                return ids[c];
            }
        }
        return -1;
    }

    /** Sorted values, those within the tolerance of the previous one merged into their mean. */
    private static float[] cluster(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        float[] out = new float[sorted.length];
        int count = 0;
        int from = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] - sorted[i - 1] > TOLERANCE) {
                float sum = 0;
                for (int k = from; k < i; k++) {
                    sum += sorted[k];
                }
                out[count++] = sum / (i - from);
                from = i;
            }
        }
        return Arrays.copyOf(out, count);
    }
}
