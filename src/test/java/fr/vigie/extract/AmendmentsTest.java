package fr.vigie.extract;

import fr.vigie.document.Document;
import fr.vigie.document.DocumentBuilder;
import fr.vigie.document.Line;
import fr.vigie.facts.Evidence;
import fr.vigie.facts.Statement;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles struck out by an amendment, with the default pack's phrasings (cues.yaml, supersession). */
class AmendmentsTest {

    private static final VocabularyFactExtractor EXTRACTOR = VocabularyFactExtractor.load(Path.of("rules", "sante-cloud", "vocabulary"));
    private static final List<Pattern> SUPERSESSION = EXTRACTOR.vocabulary().supersession;

    private static List<String> numbers(Amendments.Strike strike) {
        return strike.articles().stream().map(Amendments.ArticleRef::number).sorted().toList();
    }

    private static List<String> kept(ExtractedFacts facts) {
        return facts.keptInForce().stream().map(k -> k.evidence().text()).toList();
    }

    /** The facts of each document, settled across the dossier. */
    private static List<ExtractedFacts> settle(Document... dossier) {
        List<Document> documents = List.of(dossier);
        return EXTRACTOR.settle(documents, documents.stream().map(EXTRACTOR::extract).toList());
    }

    private static Document document(String name, String... lines) {
        List<Line> list = java.util.Arrays.stream(lines).map(l -> new Line(l, 1, 0, true)).toList();
        return DocumentBuilder.build(name, name, "text/plain", list, 1, Set.of(), List.of());
    }

    @Test
    void anArticleStruckOutAloneIsAnnouncedAndItsNumberRead() {
        Amendments.Strike strike = Amendments.struckOut(SUPERSESSION,
                "L'article 12.3 du contrat, intitulé « Sauvegardes », est supprimé et remplacé par les stipulations suivantes :");
        assertThat(numbers(strike)).containsExactly("12.3");
        assertThat(strike.bare()).isTrue();
    }

    @Test
    void theNewTextInTheSameSentenceIsKept() {
        Amendments.Strike strike = Amendments.struckOut(SUPERSESSION,
                "L'article 4 du CCAP est remplacé par : « Le Titulaire chiffre toutes les données au repos. »");
        assertThat(numbers(strike)).containsExactly("4");
        assertThat(strike.bare()).isFalse();
    }

    @Test
    void articlesOfTheCcagAParagraphOrAMereReferenceStrikeNothing() {
        assertThat(numbers(Amendments.struckOut(SUPERSESSION, "L'article 30 du CCAG-TIC est remplacé par les stipulations suivantes."))).isEmpty();
        assertThat(numbers(Amendments.struckOut(SUPERSESSION, "Le deuxième alinéa de l'article 9 est supprimé."))).isEmpty();
        assertThat(numbers(Amendments.struckOut(SUPERSESSION, "Les pénalités de l'article 8 restent dues."))).isEmpty();
        assertThat(numbers(Amendments.struckOut(SUPERSESSION, "Le présent avenant abroge l'article 6 du contrat."))).containsExactly("6");
    }

    @Test
    void theStruckArticleAndItsSubArticlesLeaveTheOtherDocumentOnly() {
        Document contract = document("contrat.txt",
                "Article 6 – Sauvegardes",
                "6.1 Les sauvegardes sont conservées à Lyon.",
                "Article 7 – Réversibilité",
                "Le Titulaire restitue les données en fin de contrat.");
        Document amendment = document("avenant.txt",
                "Avenant n° 2",
                "Article 1",
                "L'article 7 du contrat est supprimé.",
                "Article 2",
                "Le Titulaire restitue les données à l'Établissement, quelle qu'en soit la cause de fin.");
        List<ExtractedFacts> settled = settle(contract, amendment);
        List<String> contractSentences = settled.get(0).statements().stream().map(s -> s.evidence().text()).toList();
        List<String> amendmentSentences = settled.get(1).statements().stream().map(Statement::evidence).map(Evidence::text).toList();
        assertThat(contractSentences).anyMatch(t -> t.contains("Lyon")).noneMatch(t -> t.contains("restitue"));
        assertThat(amendmentSentences).anyMatch(t -> t.contains("quelle qu'en soit")).noneMatch(t -> t.contains("supprimé"));
    }

    @Test
    void aPieceKeepsInForceTheArticlesItNamesOfTheOtherPieceOnly() {
        Document terms = document("conditions-generales.txt",
                "Conditions générales d'utilisation",
                "Article 8 – Transferts",
                "8.1 Les données peuvent être transférées aux États-Unis.",
                "8.2 Les journaux techniques sont conservés douze mois.");
        Document framework = document("accord-cadre.txt",
                "Accord-cadre",
                "Article 8 – Prix",
                "8.1 Les prix sont révisés chaque année selon l'indice Syntec.");
        Document special = document("conditions-particulieres.txt",
                "Conditions particulières",
                "Article 1",
                "Les données sont hébergées en France, sans préjudice des articles 8.1 et 8.2 des CGU.");
        List<ExtractedFacts> settled = settle(terms, framework, special);
        assertThat(kept(settled.get(0))).anyMatch(t -> t.contains("États-Unis")).anyMatch(t -> t.contains("journaux"));
        // « des CGU » names the terms of use: the framework agreement's own article 8.1 is not kept by it.
        assertThat(kept(settled.get(1))).isEmpty();
        // Nor is the sentence that keeps them.
        assertThat(kept(settled.get(2))).isEmpty();
    }

    @Test
    void aClauseThatRemainsApplicableIsKeptAndAnArticleOfNoPieceIsNot() {
        Document terms = document("cgv.txt",
                "Conditions générales de vente",
                "Section 19 – Droit applicable",
                "Le contrat est régi par le droit de l'État de New York.");
        Document amendment = document("avenant.txt",
                "Avenant n° 1",
                "Article 2",
                "La section 19 des conditions générales demeure applicable aux litiges qui en naissent.",
                "Les pénalités de l'article 19 restent applicables.");
        List<ExtractedFacts> settled = settle(terms, amendment);
        assertThat(kept(settled.get(0))).singleElement().asString().contains("New York");
        assertThat(numbers(Amendments.struckOut(EXTRACTOR.vocabulary().maintenance,
                "Les pénalités de l'article 19 restent applicables."))).isEmpty();
    }
}
