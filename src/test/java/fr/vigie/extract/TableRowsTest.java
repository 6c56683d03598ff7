package fr.vigie.extract;

import fr.vigie.document.Document;
import fr.vigie.document.DocumentBuilder;
import fr.vigie.document.Line;
import fr.vigie.facts.Statement;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Table rows read with their column headers, with the default pack's vocabulary. */
class TableRowsTest {

    private static final VocabularyFactExtractor EXTRACTOR = VocabularyFactExtractor.load(Path.of("rules", "sante-cloud", "vocabulary"));

    private static Document document(String... lines) {
        List<Line> list = java.util.Arrays.stream(lines).map(l -> new Line(l, 1, 0, true)).toList();
        return DocumentBuilder.build("sla.html", "sla.html", "text/html", list, 1, Set.of(), List.of());
    }

    private static Statement statementWith(Document document, String text) {
        return EXTRACTOR.extract(document).statements().stream()
                .filter(s -> s.evidence().text().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void aRowIsReadWithTheHeadersOfItsColumnsAndQuotedAsWritten() {
        Document sla = document("Annexe 2 – Niveaux de service",
                "Service | Disponibilité mensuelle | Crédit",
                "Archivage | 99,9 % | 10 %",
                "Imagerie | 99,5 % | 10 %");
        Statement row = statementWith(sla, "Archivage");
        assertThat(row.evidence().text()).isEqualTo("Archivage | 99,9 % | 10 %");
        assertThat(row.topics()).contains("availability", "monthly");
        assertThat(row.percentNear("availability")).isEqualTo(99.9);
        assertThat(statementWith(sla, "Imagerie").percentNear("availability")).isEqualTo(99.5);
    }

    @Test
    void aRowShorterThanTheHeaderIsAlignedOnTheRight() {
        Map<Integer, String> texts = TableRows.readingTexts(document(
                        "Service | Disponibilité mesurée | Crédit de service",
                        "Archivage | Inférieure à 99,9 % | 10 %",
                        "Inférieure à 99,0 % | 25 %").sentences(),
                cell -> !cell.equals("Service"));
        assertThat(texts.values()).containsExactly(
                "Archivage | Disponibilité mesurée Inférieure à 99,9 % | Crédit de service 10 %",
                "Disponibilité mesurée Inférieure à 99,0 % | Crédit de service 25 %");
    }

    @Test
    void aFirstRowOfFiguresOrOfSentencesIsNoHeader() {
        assertThat(TableRows.readingTexts(document(
                "EX-01 | Hébergement en France | Conforme",
                "EX-02 | Sauvegardes quotidiennes | Conforme").sentences(), cell -> true)).isEmpty();
        assertThat(TableRows.readingTexts(document(
                "Le Titulaire héberge les données de santé dans ses centres de données situés en France métropolitaine | Conforme",
                "Sauvegardes | Lyon").sentences(), cell -> true)).isEmpty();
    }

    @Test
    void theAnswerOfAGridIsReadUnderItsColumnAndTheHeaderStatesNothing() {
        Document grid = document("Annexe 3 – Sous-traitants",
                "Sous-traitant | Prestation | Certifié HDS",
                "Nordhost SAS | Hébergement du site principal | Oui (NH-23-004)",
                "Backupia SARL | Site de secours | Non");
        List<fr.vigie.facts.Certification> certifications = EXTRACTOR.extract(grid).certifications();
        assertThat(certifications).extracting(c -> c.evidence().text()).doesNotContain("Sous-traitant | Prestation | Certifié HDS");
        assertThat(certifications).filteredOn(c -> c.evidence().text().startsWith("Backupia"))
                .extracting(fr.vigie.facts.Certification::holder, fr.vigie.facts.Certification::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fr.vigie.facts.Party.SUBCONTRACTOR,
                        fr.vigie.facts.CertificationStatus.NOT_HELD));
    }

    @Test
    void aHeaderThatNamesNothingChangesNothing() {
        assertThat(TableRows.readingTexts(document(
                "Lot | Désignation | Quantité",
                "Lot 1 | Licences | 40").sentences(), cell -> false)).isEmpty();
    }
}
