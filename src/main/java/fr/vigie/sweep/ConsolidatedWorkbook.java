package fr.vigie.sweep;

import fr.vigie.facts.Status;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The XLSX workbook of a sweep: « Synthèse » (one row per dossier: verdict, counts, critical gaps, failures),
 * « Détail » (one row per dossier × requirement, status cells coloured, filters on) and « Exigences » (how
 * many dossiers miss each requirement). Streamed (SXSSF) so that memory stays flat on large sweeps.
 */
final class ConsolidatedWorkbook {

    private ConsolidatedWorkbook() {
    }

    static void write(List<DossierOutcome> outcomes, SweepOverview overview, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new SheetDataWriter() {
                    @Override
                    public Writer createWriter(File fd) throws IOException {
                        return new UnsynchronizedWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
                    }
                };
            }
        }) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet("Synthèse"), outcomes, styles);
            detail(workbook.createSheet("Détail"), outcomes, styles);
            requirements(workbook.createSheet("Exigences"), overview, styles);
            workbook.write(out);
        }
    }

    private static void summary(SXSSFSheet sheet, List<DossierOutcome> outcomes, Styles styles) {
        String[] header = {"Établissement", "Dossier", "Verdict", "Documents lus", "Pages", "Satisfaites", "Manquantes",
                "Non conformes", "À revoir", "Non applicables", "Écarts critiques", "Documents illisibles / erreur"};
        header(sheet, header, styles);
        int r = 1;
        for (DossierOutcome o : outcomes) {
            Row row = sheet.createRow(r++);
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            if (!o.unread()) {
                o.cells().forEach(c -> counts.merge(c.status(), 1, Integer::sum));
            }
            row.createCell(0).setCellValue(o.establishment());
            row.createCell(1).setCellValue(o.id());
            row.createCell(2).setCellValue(o.failed() ? "ÉCHEC" : o.unread() ? "ILLISIBLE" : o.verdict().name());
            row.createCell(3).setCellValue(o.documents());
            row.createCell(4).setCellValue(o.pages());
            int col = 5;
            for (Status s : Status.values()) {
                row.createCell(col++).setCellValue(counts.getOrDefault(s, 0));
            }
            row.createCell(col++).setCellValue(o.unread() ? 0 : o.criticalGaps());
            row.createCell(col).setCellValue(o.failed() ? o.error() : String.join(" | ", o.failures()));
        }
        finish(sheet, header.length, r);
    }

    private static void detail(SXSSFSheet sheet, List<DossierOutcome> outcomes, Styles styles) {
        String[] header = {"Établissement", "Dossier", "Exigence", "Titre", "Domaine", "Gravité", "Statut", "Explication"};
        header(sheet, header, styles);
        int r = 1;
        for (DossierOutcome o : outcomes) {
            if (o.unread()) {
                continue;
            }
            for (DossierOutcome.Cell c : o.cells()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.establishment());
                row.createCell(1).setCellValue(o.id());
                row.createCell(2).setCellValue(c.requirement());
                row.createCell(3).setCellValue(c.title());
                row.createCell(4).setCellValue(c.domain());
                row.createCell(5).setCellValue(c.severity().name());
                var status = row.createCell(6);
                status.setCellValue(c.status().name());
                status.setCellStyle(styles.status(c.status()));
                row.createCell(7).setCellValue(c.message());
            }
        }
        finish(sheet, header.length, r);
    }

    private static void requirements(SXSSFSheet sheet, SweepOverview overview, Styles styles) {
        String[] header = {"Exigence", "Titre", "Domaine", "Gravité", "Non conformes", "Manquantes", "À revoir", "Écarts"};
        header(sheet, header, styles);
        int r = 1;
        for (SweepOverview.RequirementGaps g : overview.worstRequirements()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(g.column().requirement());
            row.createCell(1).setCellValue(g.column().title());
            row.createCell(2).setCellValue(g.column().domain());
            row.createCell(3).setCellValue(g.column().severity().name());
            row.createCell(4).setCellValue(g.violated());
            row.createCell(5).setCellValue(g.missing());
            row.createCell(6).setCellValue(g.review());
            row.createCell(7).setCellValue(g.gaps());
        }
        finish(sheet, header.length, r);
    }

    private static void header(SXSSFSheet sheet, String[] names, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void finish(SXSSFSheet sheet, int columns, int rows) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        // Fixed widths: auto-sizing measures every streamed row with AWT fonts, too slow for large sweeps.
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i == columns - 1 ? 70 : 22) * 256);
        }
    }

    /** Cell styles are workbook-wide and limited in number: made once. */
    private static final class Styles {
        final CellStyle header;
        private final Map<Status, CellStyle> byStatus = new EnumMap<>(Status.class);

        Styles(SXSSFWorkbook workbook) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            byStatus.put(Status.MET, fill(workbook, IndexedColors.LIGHT_GREEN));
            byStatus.put(Status.MISSING, fill(workbook, IndexedColors.LIGHT_ORANGE));
            byStatus.put(Status.VIOLATED, fill(workbook, IndexedColors.CORAL));
            byStatus.put(Status.REVIEW, fill(workbook, IndexedColors.LIGHT_YELLOW));
            byStatus.put(Status.NOT_APPLICABLE, fill(workbook, IndexedColors.GREY_25_PERCENT));
        }

        CellStyle status(Status status) {
            return byStatus.get(status);
        }

        private static CellStyle fill(SXSSFWorkbook workbook, IndexedColors color) {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }

    /**
     * The buffer between POI's sheet writer and its temporary file, in place of a {@link java.io.BufferedWriter}: POI
     * escapes every string character by character, and each {@code BufferedWriter.write(int)} takes a lock (in a sweep
     * of 2,000 documents, the « Détail » sheet is some 50,000 rows). Same characters, same UTF-8 bytes; one thread.
     */
    private static final class UnsynchronizedWriter extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 16];
        private int used;

        UnsynchronizedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(chars, off, len);
                    return;
                }
            }
            System.arraycopy(chars, off, buffer, used, len);
            used += len;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(s, off, len);
                    return;
                }
            }
            s.getChars(off, off + len, buffer, used);
            used += len;
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }
}
