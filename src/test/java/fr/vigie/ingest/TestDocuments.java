package fr.vigie.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the real documents the ingest tests read: contract PDFs, DOCX with heading styles, hostile files. */
public final class TestDocuments {

    static final String HEADER = "CHU de Valmont — CCAP marché n° 2026-014";

    private TestDocuments() {
    }

    private static PDFont font(PDDocument doc) throws IOException {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.exists(dejavu)) {
            return PDType0Font.load(doc, dejavu.toFile());
        }
        return new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
    }

    /** Writes one line of 10-point text at (x, y). */
    public static void line(PDPageContentStream c, PDFont f, float x, float y, String text) throws IOException {
        c.beginText();
        c.setFont(f, 10);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    /**
     * A three-page CCAP: running header and footer with page numbers, an article that crosses a page,
     * a word hyphenated at a line end, a table of service levels, and a two-column third page.
     */
    public static Path contractPdf(Path dir) throws IOException {
        Path file = dir.resolve("ccap-valmont.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont f = font(doc);
            String[][] pages = {
                {"ARTICLE 1 – OBJET", "Le présent marché a pour objet l'hébergement du dossier patient informatisé de l'Établissement.",
                 "", "ARTICLE 2 – RÉVERSIBILITÉ", "À la fin du marché, le Titulaire assure la réversi-", "bilité des données, quelle qu'en soit la cause.",
                 "Les données sont restituées dans des formats ouverts, conformément à l'art. 42 du CCAG-TIC."},
                {"ARTICLE 3 – NIVEAUX DE SERVICE", "Indicateur | Engagement", "Disponibilité mensuelle | 99,8 %", "GTR incident bloquant | 4 heures",
                 "", "ARTICLE 4 – SÉCURITÉ", "Le Titulaire notifie toute violation de données sous quarante-huit (48) heures."},
            };
            int total = 3;
            for (int p = 0; p < total; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    line(c, f, 50, 800, HEADER);
                    if (p < pages.length) {
                        float y = 760;
                        for (String l : pages[p]) {
                            if (!l.isEmpty()) {
                                line(c, f, 50, y, l);
                            }
                            y -= 16;
                        }
                    } else {
                        // Two columns written one after the other, as layout engines do.
                        String[] left = {"ARTICLE 5 – LOCALISATION", "Les données sont hébergées en", "France, à Lyon et à Lille."};
                        String[] right = {"ARTICLE 6 – LITIGES", "Le marché est régi par le droit", "français."};
                        float y = 760;
                        for (String l : left) {
                            line(c, f, 50, y, l);
                            y -= 16;
                        }
                        y = 760;
                        for (String l : right) {
                            line(c, f, 320, y, l);
                            y -= 16;
                        }
                    }
                    line(c, f, 270, 40, "Page " + (p + 1) + " sur " + total);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose headings are known only from its bookmarks (no « Article » numbering). */
    public static Path bookmarkedPdf(Path dir) throws IOException {
        Path file = dir.resolve("pas-signets.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont f = font(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                line(c, f, 50, 760, "Sauvegardes et continuité");
                line(c, f, 50, 740, "Les données sont sauvegardées chaque nuit sur un site distant.");
                line(c, f, 50, 700, "Gestion des habilitations");
                line(c, f, 50, 680, "Les comptes d'administration sont nominatifs.");
            }
            var outline = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            for (String title : new String[] {"Sauvegardes et continuité", "Gestion des habilitations"}) {
                var item = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem();
                item.setTitle(title);
                var dest = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
                dest.setPage(page);
                item.setDestination(dest);
                outline.addLast(item);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path encryptedPdf(Path dir) throws IOException {
        Path file = dir.resolve("chiffre.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                line(c, font(doc), 50, 700, "Document confidentiel.");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A scanned page: the text is only pixels. */
    public static Path scannedPdf(Path dir) throws IOException {
        Path file = dir.resolve("scan.pdf");
        BufferedImage image = new BufferedImage(1700, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
        g.drawString("Article 9 - Reversibilite", 80, 150);
        g.drawString("Le Titulaire restitue toutes les donnees a la fin du marche.", 80, 260);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject img = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.drawImage(img, 20, 500, 560, 200);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A DOCX-looking archive whose single entry inflates far beyond the limit. */
    public static Path zipBomb(Path dir, int megabytes) throws IOException {
        Path file = dir.resolve("bombe.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static List<String> pdfHeaderAndFooterFragments() {
        return List.of("CHU de Valmont", "Page 1 sur 3", "Page 2 sur 3", "sur 3");
    }
}
