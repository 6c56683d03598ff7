package fr.vigie.ingest;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * PDFBox's text stripper, page by page, keeping for each word it writes the glyphs it was made of, and the straight
 * rulings the page draws (table borders). The text comes out exactly as PDFBox writes it; the glyphs and rulings
 * let {@link PdfTables} put the cells of a drawn table back into rows.
 */
final class PdfPageStripper extends PDFTextStripper {

    /** A word as written: its character range in the page text, and its glyphs. */
    record Fragment(int start, int end, List<TextPosition> glyphs) {
    }

    /**
     * The text of one page as PDFBox writes it, its words, and its horizontal and vertical rulings in the glyphs'
     * coordinates (origin top left, y downwards): {x1, x2, y} and {y1, y2, x}.
     */
    record PageText(int number, String text, List<Fragment> fragments, List<float[]> horizontal, List<float[]> vertical) {
    }

    /** Past this many rulings a page is a drawing, not a table: its rulings are not kept. */
    private static final int MAX_RULINGS = 4000;
    /** A filled rectangle this thin is a drawn line. */
    private static final float THIN = 3f;
    private static final float MIN_RULING = 2f;

    private final StringBuilder page = new StringBuilder();
    private final List<PageText> pages = new ArrayList<>();
    private List<Fragment> fragments = new ArrayList<>();
    private List<float[]> horizontal = new ArrayList<>();
    private List<float[]> vertical = new ArrayList<>();
    /** The path under construction, in user space: straight segments {x1, y1, x2, y2}. */
    private final List<float[]> path = new ArrayList<>();
    /** Where each subpath starts in {@link #path}. */
    private final List<Integer> subpaths = new ArrayList<>();
    private float startX;
    private float startY;
    private float currentX;
    private float currentY;
    /** Page geometry for the change from user space to the glyphs' coordinates; rulings only on upright pages. */
    private float cropLeft;
    private float cropTop;
    private boolean upright;

    PdfPageStripper() {
        for (String op : new String[] {"m", "l", "c", "v", "y", "h", "re"}) {
            addOperator(new PathOperator(this, op));
        }
        for (String op : new String[] {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}) {
            addOperator(new PaintOperator(this, op));
        }
    }

    /** Reads every page; the pages come back in order, one per page of the document. */
    List<PageText> read(org.apache.pdfbox.pdmodel.PDDocument pdf) throws IOException {
        pages.clear();
        writeText(pdf, new PageWriter(page));
        return pages;
    }

    @Override
    public void processPage(PDPage pdPage) throws IOException {
        page.setLength(0);
        fragments = new ArrayList<>();
        horizontal = new ArrayList<>();
        vertical = new ArrayList<>();
        path.clear();
        subpaths.clear();
        PDRectangle crop = pdPage.getCropBox();
        cropLeft = crop.getLowerLeftX();
        cropTop = crop.getUpperRightY();
        upright = pdPage.getRotation() % 360 == 0;
        super.processPage(pdPage);
        boolean drawing = horizontal.size() + vertical.size() > MAX_RULINGS;
        pages.add(new PageText(getCurrentPageNo(), page.toString(), fragments,
                drawing ? List.of() : horizontal, drawing ? List.of() : vertical));
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
        int start = page.length();
        super.writeString(text, textPositions);
        fragments.add(new Fragment(start, page.length(), textPositions));
    }

    private void moveTo(float x, float y) {
        subpaths.add(path.size());
        startX = x;
        startY = y;
        currentX = x;
        currentY = y;
    }

    private void lineTo(float x, float y) {
        path.add(new float[] {currentX, currentY, x, y});
        currentX = x;
        currentY = y;
    }

    private Point2D.Float user(float x, float y) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private void paint(String op) {
        if (!op.equals("n") && upright) {
            boolean stroke = !op.startsWith("f") && !op.equals("F");
            for (float[] s : path) {
                if (stroke) {
                    ruling(s[0], s[1], s[2], s[3]);
                }
            }
            if (!stroke) {
                for (int i = 0; i < subpaths.size(); i++) {
                    int end = i + 1 < subpaths.size() ? subpaths.get(i + 1) : path.size();
                    filledThinRectangle(path.subList(subpaths.get(i), end));
                }
            }
        }
        path.clear();
        subpaths.clear();
    }

    /** A filled rectangle a few points thick, as word processors draw some borders: the line along its length. */
    private void filledThinRectangle(List<float[]> subpath) {
        if (subpath.size() < 3) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] s : subpath) {
            if (Math.abs(s[0] - s[2]) > 0.5f && Math.abs(s[1] - s[3]) > 0.5f) {
                return; // a slanted edge: not a rectangle
            }
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        float width = maxX - minX;
        float height = maxY - minY;
        if (height <= THIN && width > height) {
            ruling(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        } else if (width <= THIN && height > width) {
            ruling((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
        }
    }

    /** Keeps a straight segment, in user space, as a ruling in the glyphs' coordinates. */
    private void ruling(float x1, float y1, float x2, float y2) {
        if (horizontal.size() + vertical.size() > MAX_RULINGS) {
            return;
        }
        float dx = Math.abs(x1 - x2);
        float dy = Math.abs(y1 - y2);
        if (dy <= 0.5f && dx >= MIN_RULING) {
            float y = cropTop - (y1 + y2) / 2;
            horizontal.add(new float[] {Math.min(x1, x2) - cropLeft, Math.max(x1, x2) - cropLeft, y});
        } else if (dx <= 0.5f && dy >= MIN_RULING) {
            vertical.add(new float[] {cropTop - Math.max(y1, y2), cropTop - Math.min(y1, y2), (x1 + x2) / 2 - cropLeft});
        }
    }

    private static float number(List<COSBase> operands, int i) {
        return i < operands.size() && operands.get(i) instanceof COSNumber n ? n.floatValue() : Float.NaN;
    }

    /** An operator of the content stream handled by name, reporting to the stripper. */
    private abstract static class NamedOperator extends OperatorProcessor {
        final String name;
        final PdfPageStripper stripper;

        NamedOperator(PdfPageStripper stripper, String name) {
            super(stripper);
            this.stripper = stripper;
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** Path construction: straight segments are kept, curves only move the current point. */
    private static final class PathOperator extends NamedOperator {

        PathOperator(PdfPageStripper stripper, String name) {
            super(stripper, name);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            PdfPageStripper s = stripper;
            switch (name) {
                case "m", "l" -> {
                    float x = number(operands, 0);
                    float y = number(operands, 1);
                    if (Float.isNaN(x) || Float.isNaN(y)) {
                        return;
                    }
                    Point2D.Float p = s.user(x, y);
                    if (name.equals("m")) {
                        s.moveTo(p.x, p.y);
                    } else {
                        s.lineTo(p.x, p.y);
                    }
                }
                case "c", "v", "y" -> {
                    int last = name.equals("c") ? 4 : 2;
                    float x = number(operands, last);
                    float y = number(operands, last + 1);
                    if (!Float.isNaN(x) && !Float.isNaN(y)) {
                        Point2D.Float p = s.user(x, y);
                        s.currentX = p.x;
                        s.currentY = p.y;
                    }
                }
                case "h" -> s.lineTo(s.startX, s.startY);
                case "re" -> {
                    float x = number(operands, 0);
                    float y = number(operands, 1);
                    float w = number(operands, 2);
                    float h = number(operands, 3);
                    if (Float.isNaN(x) || Float.isNaN(y) || Float.isNaN(w) || Float.isNaN(h)) {
                        return;
                    }
                    Point2D.Float a = s.user(x, y);
                    Point2D.Float b = s.user(x + w, y);
                    Point2D.Float c = s.user(x + w, y + h);
                    Point2D.Float d = s.user(x, y + h);
                    s.moveTo(a.x, a.y);
                    s.lineTo(b.x, b.y);
                    s.lineTo(c.x, c.y);
                    s.lineTo(d.x, d.y);
                    s.lineTo(a.x, a.y);
                }
                default -> {
                }
            }
        }
    }

    /** Painting (or discarding) the path: stroked segments and thin filled rectangles become rulings. */
    private static final class PaintOperator extends NamedOperator {

        PaintOperator(PdfPageStripper stripper, String name) {
            super(stripper, name);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            stripper.paint(name);
        }
    }

    /** Collects the page text without the synchronization of StringWriter. */
    private static final class PageWriter extends Writer {
        private final StringBuilder out;

        PageWriter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            out.append(buffer, offset, length);
        }

        @Override
        public void write(String s) {
            out.append(s);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
