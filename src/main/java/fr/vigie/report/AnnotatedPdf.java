package fr.vigie.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The original PDF with each piece of evidence highlighted and a note on it (requirement, status, what to
 * change): the buyer opens the contract itself, not a copy of its text. Evidence is found on its page by
 * its first words, whitespace and case aside; evidence that cannot be located is simply not drawn.
 */
public final class AnnotatedPdf {

    /** One note: where (page and quoted text), what it says, and its colour. */
    public record Note(int page, String quote, String text, boolean gap) {
    }

    private AnnotatedPdf() {
    }

    /** @return how many notes could be placed */
    public static int write(Path original, List<Note> notes, OutputStream out) throws IOException {
        int placed = 0;
        try (PDDocument pdf = Loader.loadPDF(original.toFile())) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                int pageNumber = p;
                List<Note> here = notes.stream().filter(n -> n.page() == pageNumber).toList();
                if (here.isEmpty()) {
                    continue;
                }
                PageText text = PageText.of(pdf, p);
                PDPage page = pdf.getPage(p - 1);
                for (Note note : here) {
                    List<TextPosition> span = text.find(note.quote());
                    if (span.isEmpty()) {
                        continue;
                    }
                    page.getAnnotations().add(highlight(pdf, page, span, note));
                    placed++;
                }
            }
            pdf.save(out);
        }
        return placed;
    }

    private static PDAnnotationHighlight highlight(PDDocument pdf, PDPage page, List<TextPosition> span, Note note) {
        float height = page.getMediaBox().getHeight();
        List<float[]> lines = new ArrayList<>(); // minX, maxX, top, bottom per line
        float lastY = Float.NaN;
        for (TextPosition t : span) {
            float top = height - t.getYDirAdj() + t.getHeightDir() + 1;
            float bottom = height - t.getYDirAdj() - 2;
            if (Float.isNaN(lastY) || Math.abs(t.getYDirAdj() - lastY) > 2) {
                lines.add(new float[]{t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), top, bottom});
                lastY = t.getYDirAdj();
            } else {
                float[] l = lines.get(lines.size() - 1);
                l[0] = Math.min(l[0], t.getXDirAdj());
                l[1] = Math.max(l[1], t.getXDirAdj() + t.getWidthDirAdj());
                l[2] = Math.max(l[2], top);
                l[3] = Math.min(l[3], bottom);
            }
        }
        float[] quads = new float[lines.size() * 8];
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = 0, maxY = 0;
        for (int i = 0; i < lines.size(); i++) {
            float[] l = lines.get(i);
            float[] q = {l[0], l[2], l[1], l[2], l[0], l[3], l[1], l[3]};
            System.arraycopy(q, 0, quads, i * 8, 8);
            minX = Math.min(minX, l[0]);
            maxX = Math.max(maxX, l[1]);
            minY = Math.min(minY, l[3]);
            maxY = Math.max(maxY, l[2]);
        }
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        h.setRectangle(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
        h.setQuadPoints(quads);
        h.setColor(new PDColor(note.gap() ? new float[]{1f, 0.55f, 0.5f} : new float[]{0.6f, 0.9f, 0.6f}, PDDeviceRGB.INSTANCE));
        h.setContents(note.text());
        h.setTitlePopup("Vigie");
        h.setPrinted(true);
        h.constructAppearances(pdf);
        return h;
    }

    /** The characters of one page with their positions, whitespace collapsed, for searching quotes. */
    private static final class PageText extends PDFTextStripper {
        private final StringBuilder chars = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();

        static PageText of(PDDocument pdf, int page) throws IOException {
            PageText t = new PageText();
            t.setSortByPosition(true);
            t.setStartPage(page);
            t.setEndPage(page);
            t.getText(pdf);
            return t;
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            for (TextPosition t : textPositions) {
                for (char c : t.getUnicode().toCharArray()) {
                    add(c, t);
                }
            }
            add(' ', null);
        }

        private void add(char c, TextPosition t) {
            char k = key(c);
            if (k == ' ' && (chars.isEmpty() || chars.charAt(chars.length() - 1) == ' ')) {
                return;
            }
            chars.append(k);
            positions.add(t);
        }

        /** The positions of the quote's opening (up to 200 characters), or none. */
        List<TextPosition> find(String quote) {
            StringBuilder q = new StringBuilder();
            for (char c : quote.toCharArray()) {
                char k = key(c);
                if (k != ' ' || !q.isEmpty() && q.charAt(q.length() - 1) != ' ') {
                    q.append(k);
                }
            }
            String wanted = q.toString().strip();
            for (int length : new int[]{Math.min(wanted.length(), 200), Math.min(wanted.length(), 60), Math.min(wanted.length(), 25)}) {
                if (length < 8) {
                    continue;
                }
                int at = chars.indexOf(wanted.substring(0, length));
                if (at >= 0) {
                    int end = Math.min(positions.size(), at + Math.min(wanted.length(), chars.length() - at));
                    return positions.subList(at, end).stream().filter(java.util.Objects::nonNull).toList();
                }
            }
            return List.of();
        }

        private static char key(char c) {
            if (Character.isWhitespace(c) || c == '\u00AD' || c == '-' || c == '\u2010' || c == '\u2011') {
                return ' ';
            }
            return Character.toLowerCase(c == '\u2019' ? '\'' : c);
        }

        PageText() throws IOException {
            super();
            setLineSeparator(" ");
            setParagraphEnd(" ");
            setWordSeparator(" ");
        }
    }
}
