package fr.vigie.ingest;

import fr.vigie.document.FailureKind;
import fr.vigie.document.Line;
import fr.vigie.document.TextNormalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a PDF page by page with PDFBox. Text is read in the order of the content stream's beads,
 * so two-column pages come out column by column; the paragraph separator of PDFBox marks paragraph breaks.
 * Tables drawn with rulings come out one line per row, cells joined by « | » ({@link PdfTables}).
 */
final class PdfLineReader {

    record Result(List<Line> lines, int pageCount, Set<Integer> emptyPages) {
    }

    private static final String PARAGRAPH_MARK = "\u2029";

    private PdfLineReader() {
    }

    static Result read(byte[] bytes, IngestLimits limits) throws IngestException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException(FailureKind.ENCRYPTED,
                        "Le PDF est protégé et interdit l'extraction du texte ; demandez une version non protégée.");
            }
            int pages = pdf.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new IngestException(FailureKind.TOO_LARGE, "Le PDF compte " + pages
                        + " pages, au-delà de la limite de " + limits.maxPages() + " pages.");
            }
            PdfPageStripper stripper = new PdfPageStripper();
            stripper.setSortByPosition(false);
            stripper.setShouldSeparateByBeads(true);
            // PDFBox checks every glyph against its neighbours to drop text drawn twice (fake bold): a sorted-map
            // lookup per character, a third of the reading time. Word processors do not draw text twice, and Tika's
            // own PDF parser leaves the check off by default; so do we.
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setParagraphStart(PARAGRAPH_MARK);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            // One pass over the document, page by page.
            List<PdfPageStripper.PageText> texts = stripper.read(pdf);
            java.util.Map<Integer, java.util.Map<String, Integer>> outline = outline(pdf);
            List<Line> lines = new ArrayList<>();
            Set<Integer> empty = new java.util.HashSet<>();
            PdfTables.Spread spread = new PdfTables.Spread();
            for (int p = 1; p <= pages; p++) {
                PdfPageStripper.PageText page = p - 1 < texts.size() ? texts.get(p - 1) : null;
                String text = page == null ? "" : page.text();
                java.util.Map<String, Integer> bookmarks = outline.getOrDefault(p, java.util.Map.of());
                String[] raws = text.split("\n", -1);
                // Tables drawn cell by cell: their lines give way to one line per row (pages without rulings: null).
                PdfTables.Plan tables = page == null ? null : PdfTables.plan(page, lineStarts(raws));
                boolean any = false;
                boolean pendingBreak = true;
                java.util.BitSet written = new java.util.BitSet();
                for (int i = 0; i < raws.length; i++) {
                    if (tables != null) {
                        PdfTables.Rows rows = tables.rowsAt().get(i);
                        if (rows != null && spread.write(rows, p, lines)) {
                            // A table row is a paragraph of its own, and so is the text after the table.
                            written.set(rows.grid());
                            pendingBreak = true;
                            any = true;
                        }
                        int grid = tables.gridOfLine()[i];
                        if (grid >= 0 && written.get(grid)) {
                            continue;
                        }
                    }
                    String raw = raws[i];
                    boolean mark = raw.contains(PARAGRAPH_MARK);
                    String line = TextNormalizer.line(raw.replace(PARAGRAPH_MARK, ""));
                    if (line.isEmpty()) {
                        pendingBreak = true;
                        continue;
                    }
                    // The key normalizes the line a second time: only for a page that has bookmarks.
                    int level = bookmarks.isEmpty() ? 0 : bookmarks.getOrDefault(key(line), 0);
                    lines.add(new Line(line, p, level, pendingBreak || mark || level > 0));
                    spread.line();
                    pendingBreak = false;
                    any = true;
                }
                // A page without text is worth OCR only if it carries an image: blank pages stay blank.
                if (!any && hasImage(pdf.getPage(p - 1))) {
                    empty.add(p);
                }
            }
            return new Result(lines, pages, empty);
        } catch (InvalidPasswordException e) {
            throw new IngestException(FailureKind.ENCRYPTED,
                    "Le PDF est protégé par un mot de passe ; fournissez une version non protégée.", e);
        } catch (IOException e) {
            throw new IngestException(FailureKind.CORRUPT,
                    "Le PDF est endommagé ou tronqué et ne peut pas être lu (" + firstLine(e) + ").", e);
        }
    }

    private static int[] lineStarts(String[] raws) {
        int[] starts = new int[raws.length];
        int offset = 0;
        for (int i = 0; i < raws.length; i++) {
            starts[i] = offset;
            offset += raws[i].length() + 1;
        }
        return starts;
    }

    /** Bookmarks of the PDF: page → (normalized title → depth), so bookmarked lines become headings. */
    private static java.util.Map<Integer, java.util.Map<String, Integer>> outline(PDDocument pdf) {
        java.util.Map<Integer, java.util.Map<String, Integer>> byPage = new java.util.HashMap<>();
        var root = pdf.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            collect(pdf, root.children(), 1, byPage);
        }
        return byPage;
    }

    private static void collect(PDDocument pdf, Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items,
                                int depth, java.util.Map<Integer, java.util.Map<String, Integer>> byPage) {
        for (var item : items) {
            try {
                var page = item.findDestinationPage(pdf);
                if (page != null && item.getTitle() != null && depth <= 6) {
                    int number = pdf.getPages().indexOf(page) + 1;
                    byPage.computeIfAbsent(number, n -> new java.util.HashMap<>()).putIfAbsent(key(item.getTitle()), depth);
                }
            } catch (IOException e) {
                // A broken bookmark is ignored: it only helps to find headings.
            }
            collect(pdf, item.children(), depth + 1, byPage);
        }
    }

    private static String key(String title) {
        return TextNormalizer.line(title).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean hasImage(org.apache.pdfbox.pdmodel.PDPage page) {
        try {
            var resources = page.getResources();
            if (resources == null) {
                return false;
            }
            for (var name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name) || resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
