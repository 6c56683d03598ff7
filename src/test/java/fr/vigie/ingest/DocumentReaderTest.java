package fr.vigie.ingest;

import fr.vigie.document.Document;
import fr.vigie.document.FailureKind;
import fr.vigie.document.Page;
import fr.vigie.document.Sentence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentReaderTest {

    private static final Path DOCUMENTS = Path.of("src", "test", "resources", "documents");
    private final DocumentReader reader = new DefaultDocumentReader(IngestLimits.defaults().withOcr(false));

    @TempDir
    Path dir;

    private static Document read(DocumentReader reader, Path file) {
        ReadResult result = reader.read(file);
        assertThat(result).as(file.toString()).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) result).document();
    }

    private static FailureKind failure(DocumentReader reader, Path file) {
        ReadResult result = reader.read(file);
        assertThat(result).as(file.toString()).isInstanceOf(ReadResult.Failed.class);
        ReadResult.Failed failed = (ReadResult.Failed) result;
        assertThat(failed.failure().message()).as("French message").isNotBlank();
        return failed.failure().kind();
    }

    /** The property every document must satisfy: sentences are exact slices of the text, on their page. */
    private static void assertSentencesSitOnTheirPages(Document d) {
        for (Sentence s : d.sentences()) {
            assertThat(d.text().substring(s.start(), s.end())).isEqualTo(s.text());
            Page page = d.pages().get(s.page() - 1);
            assertThat(s.start()).as("« %s » on page %d", s.text(), s.page()).isBetween(page.start(), page.end());
        }
    }

    private static Sentence sentenceContaining(Document d, String fragment) {
        return d.sentences().stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence with « " + fragment + " » in " + d.sentences()));
    }

    @Test
    void multiPageContractPdfKeepsPagesArticlesAndDropsRunningHeaders() throws Exception {
        Document d = read(reader, TestDocuments.contractPdf(dir));
        assertThat(d.pageCount()).isEqualTo(3);
        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(d.language()).isEqualTo("fr");
        assertSentencesSitOnTheirPages(d);
        for (Sentence s : d.sentences()) {
            for (String running : TestDocuments.pdfHeaderAndFooterFragments()) {
                assertThat(s.text()).doesNotContain(running);
            }
        }
        Sentence reversibility = sentenceContaining(d, "réversibilité des données");
        assertThat(reversibility.page()).isEqualTo(1);
        assertThat(reversibility.section().label()).isEqualTo("Article 2 – RÉVERSIBILITÉ");
        // « art. 42 » must not end the sentence.
        assertThat(sentenceContaining(d, "conformément à l'art. 42").text()).endsWith("CCAG-TIC.");
        Sentence table = sentenceContaining(d, "Disponibilité mensuelle");
        assertThat(table.page()).isEqualTo(2);
        assertThat(table.section().number()).isEqualTo("Article 3");
        Sentence left = sentenceContaining(d, "Lyon et à Lille");
        assertThat(left.section().number()).isEqualTo("Article 5");
        assertThat(left.text()).doesNotContain("droit");
        assertThat(sentenceContaining(d, "régi par le droit").section().number()).isEqualTo("Article 6");
    }

    @Test
    void docxHeadingStylesBecomeSectionsAndTablesBecomeRows() {
        Document d = read(reader, DOCUMENTS.resolve("convention-ght.docx"));
        assertSentencesSitOnTheirPages(d);
        assertThat(sentenceContaining(d, "hors de France").section().heading()).isEqualTo("Hébergement des données");
        assertThat(sentenceContaining(d, "99,7 %").text()).isEqualTo("Disponibilité mensuelle | 99,7 %");
        assertThat(d.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void odtAndHtmlAreReadToo() {
        for (String name : List.of("convention-ght.odt", "convention-ght.html")) {
            Document d = read(reader, DOCUMENTS.resolve(name));
            assertSentencesSitOnTheirPages(d);
            assertThat(sentenceContaining(d, "vingt-quatre (24) heures").section().heading()).as(name).isEqualTo("Sécurité");
        }
    }

    @Test
    void rtfAndLegacyDocAreRead() {
        for (String name : List.of("convention-ght.rtf", "convention-ght.doc")) {
            Document d = read(reader, DOCUMENTS.resolve(name));
            assertSentencesSitOnTheirPages(d);
            assertThat(sentenceContaining(d, "vingt-quatre (24) heures").text()).as(name)
                    .isEqualTo("Toute violation de données est notifiée à l'établissement partenaire dans un délai de vingt-quatre (24) heures.");
        }
    }

    @Test
    void pdfBookmarksBecomeSections() throws Exception {
        Document d = read(reader, TestDocuments.bookmarkedPdf(dir));
        assertThat(sentenceContaining(d, "chaque nuit").section().heading()).isEqualTo("Sauvegardes et continuité");
        assertThat(sentenceContaining(d, "nominatifs").section().heading()).isEqualTo("Gestion des habilitations");
    }

    /** A plain-text document of these lines, read as a user's file would be. */
    private Document plainText(String name, String... lines) throws Exception {
        Path txt = dir.resolve(name);
        Files.writeString(txt, String.join("\n", lines));
        return read(reader, txt);
    }

    @Test
    void enumerationsAndAbbreviationsKeepClausesWhole() throws Exception {
        Document d = plainText("enumeration.txt",
                "Article 4 – Obligations du Titulaire",
                "Le Titulaire s'engage à :",
                "a) héberger les données en France ;",
                "b) notifier toute violation sous 24 heures, conformément à l'art. 33 du RGPD ;",
                "1° restituer les données en fin de marché.",
                "M. Durand, représentant du Titulaire, signe le présent acte.");
        assertThat(d.sentences()).extracting(Sentence::text).contains(
                "a) héberger les données en France ;",
                "b) notifier toute violation sous 24 heures, conformément à l'art. 33 du RGPD ;",
                "1° restituer les données en fin de marché.",
                "M. Durand, représentant du Titulaire, signe le présent acte.");
        assertThat(d.sentences()).allSatisfy(s -> assertThat(s.section().number()).isEqualTo("Article 4"));
    }

    @Test
    void aPipeTableInPlainTextIsReadRowByRowAndNumberedClausesSplitWithoutBlankLines() throws Exception {
        Document d = plainText("appendice.txt",
                "Article 32 – Disponibilité",
                "32.1 La disponibilité mensuelle garantie est de 99,9 %.",
                "32.2 Sont exclues du calcul les interruptions programmées.",
                "",
                "| Sous-traitant | Prestation | Localisation |",
                "|---|---|---|",
                "| Nuvola SAS | hébergement, sauvegardes | Lyon (France) |",
                "| Oakfield Inc. | support de niveau 3 | Boston (États-Unis) |");
        assertSentencesWithoutRule(d,
                "32.1 La disponibilité mensuelle garantie est de 99,9 %.",
                "32.2 Sont exclues du calcul les interruptions programmées.",
                "Sous-traitant | Prestation | Localisation",
                "Nuvola SAS | hébergement, sauvegardes | Lyon (France)",
                "Oakfield Inc. | support de niveau 3 | Boston (États-Unis)");
    }

    /** The document reads these sentences, and no rule line of a table is left as text. */
    private static void assertSentencesWithoutRule(Document d, String... sentences) {
        assertThat(d.sentences()).extracting(Sentence::text).contains(sentences);
        assertThat(d.sentences()).extracting(Sentence::text).noneMatch(t -> t.contains("---"));
    }

    @Test
    void aTableAlignedWithSpacesUnderARuleOfDashesIsReadRowByRow() throws Exception {
        Document d = plainText("indicateurs.txt",
                "Article 7 — Indicateurs",
                "",
                "  Indicateur                           Niveau garanti     Mesure",
                "  -----------------------------------  -----------------  ----------------------",
                "  Disponibilité mensuelle du service   99,5 %             Sonde toutes les 5 min",
                "  Délai de rétablissement — bloquant   1 jour ouvré       Ticket",
                "  Notification d'un incident de        24 heures          Horodatage de la",
                "  sécurité                                                détection",
                "",
                "Les indicateurs sont mesurés en continu.");
        assertSentencesWithoutRule(d,
                "Indicateur | Niveau garanti | Mesure",
                "Disponibilité mensuelle du service | 99,5 % | Sonde toutes les 5 min",
                "Délai de rétablissement — bloquant | 1 jour ouvré | Ticket",
                "Notification d'un incident de sécurité | 24 heures | Horodatage de la détection",
                "Les indicateurs sont mesurés en continu.");
    }

    @Test
    void aTableAlignedWithSpacesWithoutARuleIsReadFromItsHeader() throws Exception {
        Document d = plainText("sous-traitants.txt",
                "2.1 Le Groupement recourt aux sous-traitants suivants :",
                "",
                "  Sous-traitant                 Rôle                              Certification",
                "  Cirrane Hébergement SAS       Hébergement de la plateforme      HDS (activités 1 à 6)",
                "  (Vannes)                      d'imagerie",
                "  Bandothèque de l'Ouest SARL   Conservation des bandes           ISO/IEC 27001",
                "",
                "Les bandes sont remises   chaque semaine.");
        assertSentencesWithoutRule(d,
                "Sous-traitant | Rôle | Certification",
                "Cirrane Hébergement SAS (Vannes) | Hébergement de la plateforme d'imagerie | HDS (activités 1 à 6)",
                "Bandothèque de l'Ouest SARL | Conservation des bandes | ISO/IEC 27001",
                "Les bandes sont remises chaque semaine.");
    }

    @Test
    void anAnnexNamedByAnAcronymStartsASectionOfItsOwn() throws Exception {
        Document d = plainText("cgs.txt",
                "12. DROIT APPLICABLE",
                "Les présentes conditions sont régies par le droit irlandais.",
                "",
                "ANNEXE SLA – ENGAGEMENTS DE NIVEAU DE SERVICE",
                "",
                "A.2. Sauvegardes. Les copies de sauvegarde sont répliquées dans la région US-Ouest (Oregon).");
        assertThat(sentenceContaining(d, "Oregon").section().number()).isEqualTo("Annexe SLA");
        assertThat(sentenceContaining(d, "irlandais").section().number()).isEqualTo("12");
    }

    @Test
    void englishDocumentIsFlagged() throws Exception {
        Path txt = dir.resolve("terms.txt");
        Files.writeString(txt, "Data Processing Terms. The processor shall only process personal data on documented "
                + "instructions from the controller. The processor shall notify the controller without undue delay after "
                + "becoming aware of a personal data breach. Subprocessors may be engaged with prior written authorisation.");
        Document d = read(reader, txt);
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("en"));
    }

    @Test
    void typeComesFromTheContentNotTheName() throws Exception {
        Path renamed = dir.resolve("contrat.pdf");
        Files.copy(DOCUMENTS.resolve("convention-ght.docx"), renamed);
        assertThat(read(reader, renamed).mediaType()).contains("wordprocessingml");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
        assertThat(failure(reader, TestDocuments.write(dir, "image.pdf", png))).isEqualTo(FailureKind.UNSUPPORTED_TYPE);
    }

    @Test
    void hostileAndBrokenFilesFailWithTheirOwnKind() throws Exception {
        Path pdf = TestDocuments.contractPdf(dir);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(failure(reader, TestDocuments.write(dir, "vide.pdf", new byte[0]))).isEqualTo(FailureKind.EMPTY);
        assertThat(failure(reader, TestDocuments.write(dir, "tronque.pdf", Arrays.copyOf(bytes, bytes.length / 3))))
                .isIn(FailureKind.CORRUPT, FailureKind.NO_TEXT);
        byte[] garbage = "%PDF-1.7\n garbage without any object \n%%EOF".getBytes();
        assertThat(failure(reader, TestDocuments.write(dir, "corrompu.pdf", garbage))).isEqualTo(FailureKind.CORRUPT);
        assertThat(failure(reader, TestDocuments.encryptedPdf(dir))).isEqualTo(FailureKind.ENCRYPTED);
        assertThat(failure(reader, dir.resolve("absent.pdf"))).isEqualTo(FailureKind.NOT_FOUND);
        DocumentReader small = new DefaultDocumentReader(IngestLimits.defaults().withOcr(false).withMaxBytes(1000));
        assertThat(failure(small, pdf)).isEqualTo(FailureKind.TOO_LARGE);
        DocumentReader tight = new DefaultDocumentReader(new IngestLimits(50L << 20, 100, 8L << 20, 100,
                java.time.Duration.ofSeconds(30), false));
        assertThat(failure(tight, TestDocuments.zipBomb(dir, 16))).isEqualTo(FailureKind.BOMB);
        // « Billion laughs »: nested XML entities inside word/document.xml.
        assertThat(failure(reader, DOCUMENTS.resolve("bombe-xml.docx"))).isEqualTo(FailureKind.BOMB);
    }

    @Test
    void scannedPdfWithoutOcrSaysItHasNoText() throws Exception {
        assertThat(failure(reader, TestDocuments.scannedPdf(dir))).isEqualTo(FailureKind.NO_TEXT);
    }

    @Test
    void scannedPdfIsReadByOcrWhenTesseractIsInstalled() throws Exception {
        Assumptions.assumeTrue(Ocr.available(), "tesseract-ocr et tesseract-ocr-fra ne sont pas installés");
        Document d = read(new DefaultDocumentReader(), TestDocuments.scannedPdf(dir));
        assertThat(d.pages().get(0).ocr()).isTrue();
        assertThat(d.text().toLowerCase()).contains("restitue");
    }
}
