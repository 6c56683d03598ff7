package fr.vigie.document;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

    private static final String FRENCH = "Le Titulaire héberge les données de santé à caractère personnel dans des centres "
            + "de données situés en France et s'engage à ne pas les transférer hors de l'Union européenne sans "
            + "l'accord écrit et préalable de l'Établissement. Les sauvegardes sont conservées sur un second site, "
            + "distant d'au moins cinquante kilomètres, pendant toute la durée du marché et jusqu'à la restitution. ";
    private static final String ENGLISH = "The Provider shall host the personal health data in data centres located in "
            + "France and shall not transfer them outside the European Union without the prior written consent of the "
            + "Customer. Backups are kept on a second site, at least fifty kilometres away, for the whole term of the "
            + "agreement and until the data have been returned. ";
    private static final String SPANISH = "El Proveedor alojará los datos personales de salud en centros de datos "
            + "situados en Francia y no los transferirá fuera de la Unión Europea sin el consentimiento previo y por "
            + "escrito del Cliente. Las copias de seguridad se conservan en un segundo sitio, a cincuenta kilómetros "
            + "como mínimo, durante toda la vigencia del contrato. ";
    private static final String ITALIAN = "Il Fornitore ospita i dati personali sanitari in centri dati situati in "
            + "Francia e non li trasferisce al di fuori dell'Unione europea senza il consenso scritto e preventivo del "
            + "Cliente. Le copie di backup sono conservate in un secondo sito, distante almeno cinquanta chilometri, per "
            + "tutta la durata del contratto. ";

    @Test
    void frenchProseIsRecognisedWithoutTheModel() {
        assertThat(LanguageDetector.plainlyFrench(FRENCH)).isTrue();
    }

    @Test
    void otherLanguagesAndShortTextsGoToTheModel() {
        assertThat(LanguageDetector.plainlyFrench(ENGLISH)).isFalse();
        assertThat(LanguageDetector.plainlyFrench(SPANISH)).isFalse();
        assertThat(LanguageDetector.plainlyFrench(ITALIAN)).isFalse();
        assertThat(LanguageDetector.plainlyFrench("Article 3 – Les prix")).isFalse();
        // A bilingual column layout mixes both languages in one chunk: the model decides.
        assertThat(LanguageDetector.plainlyFrench(FRENCH + ENGLISH)).isFalse();
    }

    @Test
    void aDocumentHalfFrenchHalfEnglishIsStillBilingual() {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sentences.add(sentence(FRENCH));
        }
        for (int i = 0; i < 6; i++) {
            sentences.add(sentence(ENGLISH));
        }
        LanguageDetector.Result result = LanguageDetector.detect(sentences);
        assertThat(result.bilingual()).isTrue();
        assertThat(result.language()).isIn("fr", "en");
        assertThat(LanguageDetector.detect(sentences.subList(6, 12)).language()).isEqualTo("en");
        assertThat(LanguageDetector.detect(sentences.subList(0, 6))).isEqualTo(new LanguageDetector.Result("fr", false));
    }

    private static Sentence sentence(String text) {
        return new Sentence(0, text, 1, null, 0, text.length());
    }
}
