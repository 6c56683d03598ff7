package fr.vigie.bench;

import fr.vigie.ingest.DefaultDocumentReader;
import fr.vigie.ingest.TestDocuments;
import fr.vigie.ingest.IngestLimits;
import fr.vigie.ingest.ReadResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Extraction throughput on a generated 100-page contract PDF: Vigie's reader (pages, sections,
 * sentences, language) against raw PDFBox text extraction of the same file, in the same JVM.
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fr.vigie.bench.ExtractionBenchmark}
 */
public final class ExtractionBenchmark {

    private static final int PAGES = 100;
    private static final int ROUNDS = 7;

    public static void main(String[] args) throws Exception {
        Path pdf = Files.createTempFile("vigie-bench", ".pdf");
        generate(pdf);
        DefaultDocumentReader reader = new DefaultDocumentReader(IngestLimits.defaults().withOcr(false));
        for (int i = 0; i < 3; i++) {
            raw(pdf);
            vigie(reader, pdf);
        }
        long[] raw = new long[ROUNDS];
        long[] ours = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            raw[i] = raw(pdf);
            ours[i] = vigie(reader, pdf);
        }
        double rawMs = median(raw) / 1e6;
        double oursMs = median(ours) / 1e6;
        System.out.printf(Locale.ROOT, "PDFBox PDFTextStripper : %.1f ms médian → %.0f pages/s%n", rawMs, PAGES / rawMs * 1000);
        System.out.printf(Locale.ROOT, "Vigie DefaultDocumentReader : %.1f ms médian → %.0f pages/s%n", oursMs, PAGES / oursMs * 1000);
        System.out.printf(Locale.ROOT, "Rapport Vigie / PDFBox : %.2f (objectif ≤ 1,5)%n", oursMs / rawMs);
        Files.deleteIfExists(pdf);
    }

    private static long raw(Path pdf) throws IOException {
        long t = System.nanoTime();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper().getText(doc);
        }
        return System.nanoTime() - t;
    }

    private static long vigie(DefaultDocumentReader reader, Path pdf) {
        long t = System.nanoTime();
        ReadResult r = reader.read(pdf);
        if (!(r instanceof ReadResult.Read)) {
            throw new IllegalStateException(r.toString());
        }
        return System.nanoTime() - t;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** A deterministic 100-page CCAP: running header and footer, numbered articles, ~45 lines a page. */
    static void generate(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int article = 1;
            for (int p = 1; p <= PAGES; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    TestDocuments.line(c, font, 50, 805, "Centre hospitalier de Valmont - CCAP - marche 2026-014");
                    float y = 770;
                    for (int l = 0; l < 45; l++) {
                        String line = l % 9 == 0 ? "ARTICLE " + (article++) + " - STIPULATIONS PARTICULIERES"
                                : "Le Titulaire s'engage a heberger les donnees en France et a notifier tout incident sous 48 heures, art. " + l + ".";
                        TestDocuments.line(c, font, 50, y, line);
                        y -= 15;
                    }
                    TestDocuments.line(c, font, 280, 40, "Page " + p + " sur " + PAGES);
                }
            }
            doc.save(file.toFile());
        }
    }
}
