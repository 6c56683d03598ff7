package fr.vigie.ingest;

import fr.vigie.document.Document;
import fr.vigie.document.Line;
import fr.vigie.document.TextNormalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables drawn cell by cell in a PDF come out one line per row, cells joined by « | », as the DOCX reader writes them.
 * {@code annexe-sous-traitants.pdf} was made by LibreOffice 7.4 from {@code annexe-sous-traitants.html} beside it
 * ({@code soffice --headless --convert-to pdf annexe-sous-traitants.html}): two ruled tables with wrapped cells, a
 * table that goes on over a page break with its header repeated and a row cut by the break, paragraphs, a numbered
 * list and a two-column section.
 */
class PdfTableRowsTest {

    private static final Path LIBREOFFICE_PDF = Path.of("src", "test", "resources", "documents", "annexe-sous-traitants.pdf");

    @TempDir
    Path dir;

    private static List<Line> lines(Path pdf) throws Exception {
        return PdfLineReader.read(Files.readAllBytes(pdf), IngestLimits.defaults().withOcr(false)).lines();
    }

    private static Line line(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line « " + text + " » in\n" + String.join("\n", lines.stream().map(Line::text).toList())));
    }

    /** The lines PDFBox writes with the reader's settings, before any table is put back together. */
    private static List<String> strippedLines(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setShouldSeparateByBeads(true);
            stripper.setSuppressDuplicateOverlappingText(false);
            List<String> lines = new ArrayList<>();
            for (String raw : stripper.getText(doc).split("\n")) {
                String line = TextNormalizer.line(raw);
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    @Test
    void tableRowsComeOutAsOneLineWithTheirCellsJoined() throws Exception {
        List<Line> lines = lines(LIBREOFFICE_PDF);
        Line header = line(lines, "Sous-traitant | Prestation | Localisation | Certification HDS");
        assertThat(header.page()).isEqualTo(1);
        assertThat(header.breakBefore()).isTrue();
        // Each cell wraps over two to four lines in its column: the lines of a cell are joined by a space.
        Line first = line(lines, "Datacentres du Val de Loire SAS | Hébergement physique des serveurs : salles, énergie, "
                + "climatisation et contrôle d'accès aux locaux | Orléans (France) | Oui, activité 1");
        assertThat(first.breakBefore()).isTrue();
        line(lines, "Sauvegardes Alsace SARL | Copie chiffrée quotidienne des bases de production, conservée trente jours"
                + " | Strasbourg (France) | Oui, activités 1 à 6");
        line(lines, "Niveau | Délai de prise en compte | Délai de rétablissement");
        Line blocking = line(lines, "Incident bloquant | 30 minutes, 24 h/24 et 7 j/7 | 4 heures");
        assertThat(lines.get(lines.indexOf(blocking) + 1).text()).isEqualTo("Incident majeur | 2 heures ouvrées | 1 jour ouvré");
        // No cell is left behind as a line of its own.
        assertThat(lines).extracting(Line::text).doesNotContain("Loire SAS", "4 heures", "Incident bloquant", "HDS");
    }

    @Test
    void paragraphsAroundTablesAreUnchangedAndTheTextAfterATableStartsAParagraph() throws Exception {
        List<Line> lines = lines(LIBREOFFICE_PDF);
        List<String> stripped = strippedLines(LIBREOFFICE_PDF);
        // Every line outside a table is the line PDFBox writes.
        for (Line l : lines) {
            if (!l.text().contains(PdfTables.CELL_SEPARATOR)) {
                assertThat(stripped).as("« %s »", l.text()).contains(l.text());
            }
        }
        Line paragraph = line(lines, "La présente annexe fait partie intégrante du contrat d'hébergement du dossier patient informatisé");
        Line next = lines.get(lines.indexOf(paragraph) + 1);
        assertThat(next.text()).startsWith("conclu entre le Centre hospitalier de Valmont");
        assertThat(next.breakBefore()).isFalse();
        assertThat(line(lines, "Référence du marché : 2026-HDS-017").breakBefore()).isTrue();
        Line item = lines.stream().filter(l -> l.text().startsWith("3. Le Titulaire tient à la disposition")).findFirst().orElseThrow();
        assertThat(item.breakBefore()).isTrue();
        assertThat(line(lines, "Les délais courent à compter de la notification de l'incident par l'Établissement.").breakBefore()).isTrue();
        assertThat(line(lines, "Le Titulaire informe l'Établissement de tout changement de sous-traitant ultérieur au moins trois")
                .breakBefore()).isTrue();
    }

    @Test
    void twoColumnSectionIsStillReadColumnByColumn() throws Exception {
        List<Line> lines = lines(LIBREOFFICE_PDF);
        Line left = line(lines, "Le présent contrat est régi par le droit français.");
        assertThat(left.page()).isEqualTo(3);
        List<String> column = lines.subList(lines.indexOf(left), lines.indexOf(left) + 6).stream().map(Line::text).toList();
        assertThat(column).containsExactly("Le présent contrat est régi par le droit français.",
                "Tout litige relatif à son exécution relève de la", "compétence du tribunal administratif de Valmont,",
                "après une tentative de règlement amiable d'une", "durée de deux mois.", "Les données de santé sont hébergées");
    }

    @Test
    void aTableOverAPageBreakKeepsOneHeaderAndJoinsTheRowCutByTheBreak() throws Exception {
        List<Line> lines = lines(LIBREOFFICE_PDF);
        assertThat(lines).extracting(Line::text).containsOnlyOnce("Mesure | Engagement du Titulaire");
        Line cut = line(lines, "Sauvegardes | Les sauvegardes sont réalisées chaque nuit sur un site distinct du site de "
                + "production, situé à plus de cinquante kilomètres, et font l'objet d'un test de restauration trimestriel dont "
                + "le procès-verbal est remis à l'Établissement, ainsi que d'un exercice annuel de reprise complète de "
                + "l'activité sur le site de secours, en présence de l'Établissement.");
        assertThat(cut.page()).isEqualTo(2);
        Line after = line(lines, "Habilitations | Les comptes d'administration sont nominatifs et protégés par une "
                + "authentification à deux facteurs.");
        assertThat(after.page()).isEqualTo(3);
        assertThat(after.breakBefore()).isTrue();
    }

    @Test
    void eachRowIsASentenceOfTheDocumentOnItsPage() throws Exception {
        ReadResult result = new DefaultDocumentReader(IngestLimits.defaults().withOcr(false)).read(LIBREOFFICE_PDF);
        Document d = ((ReadResult.Read) result).document();
        var row = d.sentences().stream().filter(s -> s.text().startsWith("Incident majeur |")).findFirst().orElseThrow();
        assertThat(row.text()).isEqualTo("Incident majeur | 2 heures ouvrées | 1 jour ouvré");
        assertThat(row.page()).isEqualTo(1);
        assertThat(row.section().label()).contains("Niveaux de service");
    }

    @Test
    void pdfWithoutRulingsIsReadAsPdfBoxWritesIt() throws Exception {
        // Running header and footer, a hyphenated line end, a table written as text and a two-column page.
        Path pdf = TestDocuments.contractPdf(dir);
        assertThat(lines(pdf)).extracting(Line::text).containsExactlyElementsOf(strippedLines(pdf));
    }

    @Test
    void aFrameAroundAParagraphIsNotATable() throws Exception {
        Path pdf = onePage("encadre.pdf", (c, font) -> {
            c.addRect(45, 700, 400, 50);
            c.stroke();
            TestDocuments.line(c, font, 50, 735, "Important : le Titulaire notifie toute violation de donnees");
            TestDocuments.line(c, font, 50, 720, "dans un delai de quarante-huit heures.");
            TestDocuments.line(c, font, 50, 650, "Article 2 - Duree");
        });
        assertThat(lines(pdf)).extracting(Line::text).containsExactly(
                "Important : le Titulaire notifie toute violation de donnees", "dans un delai de quarante-huit heures.",
                "Article 2 - Duree");
    }

    @Test
    void aRuledGridDrawnWithPdfBoxIsReadRowByRow() throws Exception {
        // Cells drawn in content-stream order, row after row, as word processors do; borders as thin filled rectangles.
        float[] xs = {50, 200, 350, 500};
        float[] ys = {700, 670, 625};
        Path pdf = onePage("grille.pdf", (c, font) -> {
            for (float y : ys) {
                c.addRect(xs[0], y - 0.25f, xs[3] - xs[0], 0.5f);
            }
            for (float x : xs) {
                c.addRect(x - 0.25f, ys[2], 0.5f, ys[0] - ys[2]);
            }
            c.fill();
            TestDocuments.line(c, font, 55, 685, "Niveau");
            TestDocuments.line(c, font, 205, 685, "Prise en compte");
            TestDocuments.line(c, font, 355, 685, "Retablissement");
            TestDocuments.line(c, font, 55, 655, "Incident bloquant");
            TestDocuments.line(c, font, 205, 655, "30 minutes, 24 h/24");
            TestDocuments.line(c, font, 205, 640, "et 7 j/7");
            TestDocuments.line(c, font, 355, 655, "4 heures");
        });
        assertThat(lines(pdf)).extracting(Line::text).containsExactly("Niveau | Prise en compte | Retablissement",
                "Incident bloquant | 30 minutes, 24 h/24 et 7 j/7 | 4 heures");
    }

    /** What a test draws on its page, in Helvetica. */
    private interface PageDrawing {
        void draw(PDPageContentStream content, PDFont font) throws java.io.IOException;
    }

    /** A one-page A4 PDF in the test's folder, drawn by {@code drawing}. */
    private Path onePage(String name, PageDrawing drawing) throws java.io.IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                drawing.draw(c, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }
}
