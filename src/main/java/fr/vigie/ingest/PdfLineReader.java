package fr.vigie.ingest;

import fr.vigie.document.FailureKind;
import fr.vigie.document.Line;
import fr.vigie.document.TextNormalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a PDF page by page with PDFBox. Text is read in the order of the content stream's beads,
 * sorted by position, so two-column pages come out column by column; the paragraph separator of
 * PDFBox marks paragraph breaks.
 */
final class PdfLineReader {

    record Result(List<Line> lines, int pageCount, Set<Integer> emptyPages) {
    }

    private static final String PARAGRAPH_MARK = "\u2029";
    private static final String PAGE_END = "\u000C";

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
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setShouldSeparateByBeads(true);
            // PDFBox checks every glyph against its neighbours to drop text drawn twice (fake bold): a sorted-map
            // lookup per character, a third of the reading time. Word processors do not draw text twice, and Tika's
            // own PDF parser leaves the check off by default; so do we.
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setParagraphStart(PARAGRAPH_MARK);
            stripper.setLineSeparator("\n");
            // One pass over the document; a form feed marks each page end (cheaper than a pass per page).
            stripper.setPageEnd(PAGE_END);
            String[] texts = stripper.getText(pdf).split(PAGE_END, -1);
            java.util.Map<Integer, java.util.Map<String, Integer>> outline = outline(pdf);
            List<Line> lines = new ArrayList<>();
            Set<Integer> empty = new java.util.HashSet<>();
            for (int p = 1; p <= pages; p++) {
                String text = p - 1 < texts.length ? texts[p - 1] : "";
                java.util.Map<String, Integer> bookmarks = outline.getOrDefault(p, java.util.Map.of());
                boolean any = false;
                boolean pendingBreak = true;
                for (String raw : text.split("\n")) {
                    boolean mark = raw.contains(PARAGRAPH_MARK);
                    String line = TextNormalizer.line(raw.replace(PARAGRAPH_MARK, ""));
                    if (line.isEmpty()) {
                        pendingBreak = true;
                        continue;
                    }
                    // The key normalizes the line a second time: only for a page that has bookmarks.
                    int level = bookmarks.isEmpty() ? 0 : bookmarks.getOrDefault(key(line), 0);
                    lines.add(new Line(line, p, level, pendingBreak || mark || level > 0));
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
