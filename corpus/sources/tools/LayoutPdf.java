import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a corpus source (.txt with light markup) as a PDF the way word processors do: running header and
 * footer with page numbers, one or two columns, bold headings, simple ruled tables. Markup:
 * <pre>
 * %header: text            running header on every page
 * %footer: text            running footer; {page} and {pages} are replaced
 * %columns: 2              two columns
 * # Title                  large bold line
 * ## Heading               bold line
 * | cell | cell |          table row (first row bold)
 * (blank line)             paragraph break
 * </pre>
 * Run: java -cp "$(cat cp.txt)" LayoutPdf.java source.txt out.pdf
 */
public class LayoutPdf {

    static final float MARGIN = 56, SIZE = 10, LEADING = 13.5f;

    record Line(String text, boolean bold, float size, boolean table, boolean gapBefore) {
    }

    public static void main(String[] args) throws IOException {
        List<String> src = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        String header = "", footer = "";
        int columns = 1;
        List<String> body = new ArrayList<>();
        for (String l : src) {
            if (l.startsWith("%header:")) header = l.substring(8).strip();
            else if (l.startsWith("%footer:")) footer = l.substring(8).strip();
            else if (l.startsWith("%columns:")) columns = Integer.parseInt(l.substring(9).strip());
            else body.add(l);
        }
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "DejaVuSans.ttf", Standard14Fonts.FontName.HELVETICA);
            PDFont bold = font(doc, "DejaVuSans-Bold.ttf", Standard14Fonts.FontName.HELVETICA_BOLD);
            float pageW = PDRectangle.A4.getWidth(), pageH = PDRectangle.A4.getHeight();
            float gutter = 18, colW = (pageW - 2 * MARGIN - (columns - 1) * gutter) / columns;
            List<Line> lines = new ArrayList<>();
            boolean gap = false, firstRow = true;
            for (String raw : body) {
                String l = raw.strip();
                if (l.isEmpty()) { gap = true; firstRow = true; continue; }
                if (l.startsWith("# ")) { lines.addAll(wrap(l.substring(2), bold, 14, colW, false, true)); }
                else if (l.startsWith("## ")) { lines.addAll(wrap(l.substring(3), bold, 11, colW, false, true)); }
                else if (l.startsWith("|")) { lines.add(new Line(l, firstRow, SIZE, true, gap && firstRow)); firstRow = false; }
                else { lines.addAll(wrap(l, regular, SIZE, colW, false, gap)); }
                gap = false;
            }
            List<List<List<Line>>> pages = new ArrayList<>();
            float usable = pageH - 2 * MARGIN - 30;
            List<List<Line>> page = new ArrayList<>();
            List<Line> col = new ArrayList<>();
            float y = 0;
            for (Line line : lines) {
                float h = (line.gapBefore() ? 6 : 0) + LEADING * line.size() / SIZE + (line.table() ? 4 : 0);
                if (y + h > usable) {
                    page.add(col); col = new ArrayList<>(); y = 0;
                    if (page.size() == columns) { pages.add(page); page = new ArrayList<>(); }
                }
                col.add(line); y += h;
            }
            page.add(col); pages.add(page);
            int n = 0;
            for (List<List<Line>> p : pages) {
                n++;
                PDPage pdPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdPage);
                try (PDPageContentStream c = new PDPageContentStream(doc, pdPage)) {
                    if (!header.isEmpty()) text(c, regular, 8, MARGIN, pageH - 34, header);
                    if (!footer.isEmpty()) text(c, regular, 8, MARGIN, 30,
                            footer.replace("{page}", String.valueOf(n)).replace("{pages}", String.valueOf(pages.size())));
                    for (int ci = 0; ci < p.size(); ci++) {
                        float x = MARGIN + ci * (colW + gutter), yy = pageH - MARGIN - 20;
                        for (Line line : p.get(ci)) {
                            yy -= (line.gapBefore() ? 6 : 0) + LEADING * line.size() / SIZE;
                            if (line.table()) { table(c, line.bold() ? bold : regular, x, yy, colW, line.text()); yy -= 4; }
                            else text(c, line.bold() ? bold : regular, line.size(), x, yy, line.text());
                        }
                    }
                }
            }
            doc.save(new File(args[1]));
        }
    }

    static PDFont font(PDDocument doc, String file, Standard14Fonts.FontName fallback) throws IOException {
        Path p = Path.of("/usr/share/fonts/truetype/dejavu", file);
        return Files.exists(p) ? PDType0Font.load(doc, p.toFile()) : new PDType1Font(fallback);
    }

    static List<Line> wrap(String text, PDFont font, float size, float width, boolean table, boolean gap) throws IOException {
        List<Line> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = cur.isEmpty() ? word : cur + " " + word;
            if (font.getStringWidth(next) / 1000 * size > width && !cur.isEmpty()) {
                out.add(new Line(cur.toString(), font.getName().contains("Bold"), size, table, gap && out.isEmpty()));
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(next);
            }
        }
        out.add(new Line(cur.toString(), font.getName().contains("Bold"), size, table, gap && out.isEmpty()));
        return out;
    }

    static void table(PDPageContentStream c, PDFont font, float x, float y, float width, String row) throws IOException {
        String[] cells = row.replaceAll("^\\|", "").replaceAll("\\|$", "").split("\\|");
        float w = width / cells.length;
        for (int i = 0; i < cells.length; i++) {
            c.addRect(x + i * w, y - 4, w, LEADING + 2);
            String cell = cells[i].strip();
            float size = 9;
            while (size > 5 && font.getStringWidth(cell) / 1000 * size > w - 6) {
                size -= 0.5f; // word processors wrap; a smaller font keeps the cell on one ruled line
            }
            text(c, font, size, x + i * w + 3, y, cell);
        }
        c.stroke();
    }

    static void text(PDPageContentStream c, PDFont f, float size, float x, float y, String s) throws IOException {
        c.beginText();
        c.setFont(f, size);
        c.newLineAtOffset(x, y);
        c.showText(s);
        c.endText();
    }
}
