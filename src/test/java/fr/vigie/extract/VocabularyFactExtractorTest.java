package fr.vigie.extract;

import fr.vigie.document.Document;
import fr.vigie.document.DocumentBuilder;
import fr.vigie.document.Line;
import fr.vigie.facts.Certification;
import fr.vigie.facts.CertificationStatus;
import fr.vigie.facts.HostingSite;
import fr.vigie.facts.Modality;
import fr.vigie.facts.Party;
import fr.vigie.facts.SiteRole;
import fr.vigie.facts.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generic extraction mechanics, with the default pack's vocabulary. */
class VocabularyFactExtractorTest {

    private static final VocabularyFactExtractor EXTRACTOR = VocabularyFactExtractor.load(Path.of("rules", "sante-cloud", "vocabulary"));

    private static ExtractedFacts facts(String... lines) {
        List<Line> list = java.util.Arrays.stream(lines).map(l -> new Line(l, 1, 0, true)).toList();
        Document d = DocumentBuilder.build("test.txt", "0", "text/plain", list, 1, Set.of(), List.of());
        return EXTRACTOR.extract(d);
    }

    private static Statement statement(String sentence) {
        return facts(sentence).statements().get(0);
    }

    @Test
    void aPlaceInsideAProperNameIsNoSite() {
        assertThat(facts("Le code source est déposé auprès de la société Séquestre Numérique de France, qui conserve les données.")
                .sites()).isEmpty();
        assertThat(facts("Les données sont hébergées dans la Région France Centre (Paris).").sites())
                .extracting(HostingSite::country).contains("FR");
        assertThat(facts("LES DONNÉES SONT HÉBERGÉES EN FRANCE.").sites()).extracting(HostingSite::country).containsOnly("FR");
        assertThat(facts("Les serveurs sont installés dans le centre de données de Marcoussis (91).").sites())
                .extracting(HostingSite::country).containsOnly("FR");
    }

    @Test
    void aFigureGoesToTheMentionItFollows() {
        Statement s = statement("Les délais d'intervention et de rétablissement sont les suivants : délai d'intervention de "
                + "deux heures et délai de rétablissement de huit heures.");
        assertThat(s.hoursNear("gtr")).isEqualTo(8.0);
    }

    @Test
    void negationScopeIsTheClause() {
        Statement s = statement("La réversibilité est due, et ne donne lieu à aucune facturation supplémentaire.");
        assertThat(s.affirms("reversibility")).isTrue();
        assertThat(s.has("free-of-charge")).isTrue();
        Statement excluded = statement("Les services n'emportent aucune obligation de réversibilité.");
        assertThat(excluded.denies("reversibility")).isTrue();
    }

    @Test
    void aRelativeClauseBetweenCommasKeepsItsNegationToItself() {
        Statement s = statement("L'Éditeur, qui n'est pas lui-même certifié, assure l'administration et l'exploitation de la plateforme.");
        assertThat(s.affirms("saas-operated")).isTrue();
        Statement restrictive = statement("Le Titulaire n'est soumis à aucune loi qui permettrait à une autorité étrangère d'accéder aux données.");
        assertThat(restrictive.negatedTopics()).isNotEmpty();
    }

    @Test
    void exceptionsAreKeptApart() {
        Statement s = statement("Le Titulaire restitue les données, sauf en cas de non-paiement par l'Établissement.");
        assertThat(s.exception()).isTrue();
        assertThat(s.excepts("buyer-fault")).isTrue();
        assertThat(s.affirms("data-return")).isTrue();
    }

    @Test
    void modalityAndPartyAndDiscretion() {
        Statement obligation = statement("Le Titulaire s'engage à chiffrer les données au repos.");
        assertThat(obligation.modality()).isEqualTo(Modality.OBLIGATION);
        assertThat(obligation.actor()).isEqualTo(Party.PROVIDER);
        Statement permission = statement("L'Établissement peut auditer le Titulaire une fois par an.");
        assertThat(permission.modality()).isEqualTo(Modality.PERMISSION);
        assertThat(permission.actor()).isEqualTo(Party.BUYER);
        Statement prohibition = statement("Le Titulaire s'interdit tout transfert de données hors de l'Union européenne.");
        assertThat(prohibition.modality()).isEqualTo(Modality.PROHIBITION);
        assertThat(statement("Le Prestataire se réserve le droit de modifier les présentes conditions.").discretion()).isTrue();
        assertThat(statement("Le Titulaire fera ses meilleurs efforts pour notifier les incidents de sécurité.").hedged()).isTrue();
    }

    @Test
    void withoutAVerbThePartyToldIsNotTheActor() {
        Statement passive = statement("Toute demande de ce type est portée sans délai à la connaissance de l'Établissement.");
        assertThat(passive.actor()).isNotEqualTo(Party.BUYER);
        Statement toldTheBuyer = statement("Toute demande en ce sens est portée à la connaissance du centre hospitalier, "
                + "le Titulaire étant tenu de la contester.");
        assertThat(toldTheBuyer.actor()).isEqualTo(Party.PROVIDER);
        assertThat(toldTheBuyer.modality()).isEqualTo(Modality.OBLIGATION);
        // A hypothesis in the conditional mood commits the provider for that case.
        Statement conditional = statement("Si un tiers lui adressait une demande, le Titulaire en informerait l'Établissement.");
        assertThat(conditional.actor()).isEqualTo(Party.PROVIDER);
        assertThat(conditional.modality()).isEqualTo(Modality.OBLIGATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Toute violation de données est notifiée dans un délai de soixante-douze (72) heures.; 72",
            "Toute violation de données est notifiée sous quarante-huit heures.; 48",
            "Toute violation de données est notifiée sous 2 jours ouvrés.; 67.2",
            "Toute violation de données est notifiée dans les 4h.; 4",
            "Toute violation de données est notifiée sous trois jours.; 72"})
    void durationsInDigitsWordsAndUnits(String sentence, double hours) {
        assertThat(statement(sentence).hoursNear("breach-notification")).isCloseTo(hours, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void referencesAndRatesAreNotDurations() {
        Statement s = statement("Conformément à l'article L.1111-8 et à la norme ISO 27001, le support est assuré 24h/24 et 7j/7.");
        assertThat(s.hasDuration()).isFalse();
        assertThat(statement("Le Titulaire garantit une disponibilité de 99,95 % par mois.").percentNear("availability")).isEqualTo(99.95);
    }

    @Test
    void placesWithZonesRolesAndOutside() {
        List<HostingSite> sites = facts("Les sauvegardes sont répliquées dans un centre de données situé à Francfort.").sites();
        assertThat(sites).singleElement().satisfies(h -> {
            assertThat(h.role()).isEqualTo(SiteRole.BACKUP);
            assertThat(h.country()).isEqualTo("DE");
            assertThat(h.within("EEA")).isTrue();
            assertThat(h.within("FR")).isFalse();
        });
        HostingSite outside = facts("Aucune donnée n'est hébergée hors de l'Union européenne.").sites().get(0);
        assertThat(outside.outside()).isTrue();
        assertThat(outside.negated()).isTrue();
        HostingSite support = facts("Le support de niveau 2 est assuré depuis l'Inde.").sites().get(0);
        assertThat(support.role()).isEqualTo(SiteRole.SUPPORT);
        assertThat(support.beyond("EEA")).isTrue();
        assertThat(facts("Tout litige relève du tribunal administratif de Paris.").sites()).isEmpty();
    }

    @Test
    void certificationsWithHolderStatusAndActivities() {
        Certification held = facts("Le Titulaire est certifié HDS pour les activités 1 à 4 et 6.").certifications().get(0);
        assertThat(held.status()).isEqualTo(CertificationStatus.HELD);
        assertThat(held.activities()).containsExactlyInAnyOrder(1, 2, 3, 4, 6);
        assertThat(held.holder()).isEqualTo(Party.PROVIDER);
        Certification host = facts("Son hébergeur, la société Nordcloud, dispose de la certification HDS.").certifications().get(0);
        assertThat(host.holder()).isEqualTo(Party.SUBCONTRACTOR);
        assertThat(facts("Le Prestataire n'est pas certifié HDS.").certifications().get(0).status()).isEqualTo(CertificationStatus.NOT_HELD);
        assertThat(facts("Le Prestataire est en cours de qualification SecNumCloud.").certifications().get(0).status())
                .isEqualTo(CertificationStatus.IN_PROGRESS);
        assertThat(facts("Le Titulaire doit être certifié HDS pendant toute la durée du marché.").certifications().get(0).status())
                .isEqualTo(CertificationStatus.REQUIRED);
    }

    @Test
    void documentKindFromTheTitle() {
        assertThat(facts("CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Le Titulaire héberge les données.").documentKind()).isEqualTo("CCTP");
    }

    @Test
    void brokenVocabularyIsReportedWithFileAndEntry(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String f : List.of("cues.yaml", "parties.yaml", "places.yaml", "certifications.yaml", "units.yaml", "document-kinds.yaml")) {
            java.nio.file.Files.copy(Path.of("rules", "sante-cloud", "vocabulary", f), dir.resolve(f));
        }
        java.nio.file.Files.createDirectories(dir.resolve("topics"));
        java.nio.file.Files.writeString(dir.resolve("topics/X.yaml"), "topics:\n  - id: cassé\n    patterns: [\"(sans fin\"]\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Vocabulary.load(dir))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("topics/X.yaml").hasMessageContaining("cassé").hasMessageContaining("(sans fin");
    }

    @Test
    void exceptionsIntroducedByDeDesDuAreExceptions() {
        for (String sentence : List.of("Aucune donnée n'est stockée hors de l'Union européenne, à l'exception des sauvegardes.",
                "Aucune donnée n'est stockée hors de l'Union européenne, sous réserve du plan de secours.",
                "Aucune donnée n'est stockée hors de l'Union européenne, à l'exclusion de la sauvegarde mensuelle.")) {
            assertThat(statement(sentence).exception()).as(sentence).isTrue();
        }
    }

    @Test
    void aPatternEndingInAnElisionMatchesBeforeTheNextWord() {
        // « sur instruction de l' » must read « sur instruction de l'acheteur ».
        assertThat(statement("Le Titulaire traite les messages sur instruction de l'Acheteur.").has("instructions")).isTrue();
    }

    @Test
    void everyCopyIsCoveredByAUniversalNegation() {
        List<HostingSite> sites = facts("Aucune copie des dossiers n'est stockée hors de France.").sites();
        assertThat(sites).extracting(HostingSite::role).contains(SiteRole.PRIMARY, SiteRole.BACKUP, SiteRole.DISASTER_RECOVERY);
        assertThat(sites).allMatch(HostingSite::negated);
        List<HostingSite> excepted = facts("Aucune donnée n'est stockée hors de France, sauf le site de secours.").sites();
        assertThat(excepted).extracting(HostingSite::role).doesNotContain(SiteRole.BACKUP);
    }

    @Test
    void patternsThatCanNeverMatchAreRejected(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String f : List.of("cues.yaml", "parties.yaml", "places.yaml", "certifications.yaml", "units.yaml", "document-kinds.yaml")) {
            java.nio.file.Files.copy(Path.of("rules", "sante-cloud", "vocabulary", f), dir.resolve(f));
        }
        java.nio.file.Files.createDirectories(dir.resolve("topics"));
        java.nio.file.Files.writeString(dir.resolve("topics/X.yaml"),
                "topics:\n  - id: journaux\n    patterns: [\"journaux (?:d'acces)?\", \"sous reserve d\", \"le droit d(?:e |')\", \"[a-z]+ sa,? (?=societe)\", \"conservees par(?! le client) [a-z]\"]\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Vocabulary.load(dir))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("journaux (?:d'acces)?").hasMessageContaining("sous reserve d")
                .hasMessageContaining("lettre isolée")
                .hasMessageContaining("une alternative qui finit par une espace")
                .hasMessageContaining("suivie d'une anticipation")
                .hasMessageContaining("ne trouve que des mots d'une lettre");
    }

    /** The grantee of a right acts on it; the agent of a participle in a sentence without a verb cue does not act. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le Client concède à l'Éditeur le droit de réutiliser les données pour ses statistiques.|PROVIDER",
            "Le Client conserve le droit de réutiliser ses données.|BUYER",
            "La disponibilité mensuelle est de 99,9 %, hors maintenances validées par le Client.|UNKNOWN",
            "Les conditions peuvent être modifiées par le Prestataire, qui en informe le Client.|PROVIDER"})
    void theActorIsTheGranteeAndNotTheAgentOfAParticiple(String sentence, Party actor) {
        assertThat(statement(sentence).actor()).isEqualTo(actor);
    }

    @Test
    void aRightGrantedToTheOtherPartyIsItsPermission() {
        assertThat(statement("Vous nous accordez une autorisation générale de recourir à d'autres sous-traitants.").modality())
                .isEqualTo(Modality.PERMISSION);
    }

    @Test
    void aSentenceReadInOneDocumentIsReadTheSameInAnotherWithItsOwnEvidence() {
        VocabularyFactExtractor extractor = VocabularyFactExtractor.load(Path.of("rules", "sante-cloud", "vocabulary"));
        String clause = "Les données sont hébergées à Roubaix et ne sont jamais transférées hors de l'Union européenne.";
        Document first = DocumentBuilder.build("ccap-a.txt", "0", "text/plain",
                List.of(new Line("Article 3 – Hébergement", 1, 0, true), new Line(clause, 1, 0, true)), 1, Set.of(), List.of());
        Document second = DocumentBuilder.build("ccap-b.txt", "1", "text/plain",
                List.of(new Line("Préambule", 1, 0, true), new Line("Le présent marché est conclu pour quatre ans.", 1, 0, true),
                        new Line(clause, 2, 0, true)), 2, Set.of(), List.of());
        ExtractedFacts a = extractor.extract(first);
        ExtractedFacts b = extractor.extract(second);
        Statement sa = a.statements().stream().filter(s -> s.evidence().text().equals(clause)).findFirst().orElseThrow();
        Statement sb = b.statements().stream().filter(s -> s.evidence().text().equals(clause)).findFirst().orElseThrow();
        assertThat(sb.topics()).isEqualTo(sa.topics());
        assertThat(sb.negatedTopics()).isEqualTo(sa.negatedTopics());
        assertThat(sb.evidence().document()).isEqualTo("ccap-b.txt");
        assertThat(sb.evidence().page()).isEqualTo(2);
        assertThat(sb.id()).startsWith("ccap-b.txt#").isNotEqualTo(sa.id());
        assertThat(b.sites()).isNotEmpty().allMatch(h -> h.statementId().equals(sb.id()) && h.evidence().document().equals("ccap-b.txt"));
        assertThat(extractor.readingStats().hits()).isPositive();
    }

    @Test
    void aPermissionOfTheProviderIsNotACommitmentButTheBuyersRightIs() {
        assertThat(statement("Le Prestataire pourra chiffrer les données au repos.").permissive()).isTrue();
        assertThat(statement("Les journaux pourront être conservés un an.").permissive()).isTrue();
        assertThat(statement("Les techniciens peuvent voir des résultats ; ils sont tenus à la confidentialité.").permissive()).isFalse();
        assertThat(statement("L'Établissement peut auditer le Titulaire une fois par an.").permissive()).isFalse();
        assertThat(statement("Le Titulaire chiffre les données au repos.").permissive()).isFalse();
    }

    @Test
    void aSentenceWithoutTopicUnderATopicalHeadingKeepsItsFigures() {
        Statement s = facts("Article 9 – Délai de rétablissement des incidents bloquants", "Quatre heures au plus.").statements().stream()
                .filter(st -> st.evidence().text().startsWith("Quatre")).findFirst().orElseThrow();
        assertThat(s.topics()).isEmpty();
        assertThat(s.sectionTopics()).isNotEmpty();
        assertThat(s.maxHours()).isEqualTo(4.0);
    }

    @Test
    void aBareNeCompletesTheNegativeSubjectAcrossAnIncidentalClause() {
        Statement s = statement("Aucun accès distant aux données, y compris pour le support, ne peut être opéré depuis un pays tiers.");
        assertThat(s.denies("support")).isTrue();
        // Without the negative subject, the same incidental clause stays affirmative.
        Statement affirmative = statement("Les accès distants aux données, y compris pour le support, sont opérés depuis la France.");
        assertThat(affirmative.affirms("support")).isTrue();
    }

    @Test
    void thePassiveAgentActsAndAPronounTakesTheProviderOfTheSentenceBefore() {
        assertThat(statement("L'Acheteur est averti par l'Hébergeur de tout incident de sécurité sous 24 heures.").actor())
                .isEqualTo(Party.PROVIDER);
        List<Statement> two = facts("Article 4 – Télémaintenance",
                "L'Éditeur peut se connecter au serveur. Il n'en conserve aucune copie.").statements();
        assertThat(two.get(1).actor()).isEqualTo(Party.PROVIDER);
        // The buyer is never carried over: « Elles » are the data, not the one who downloads them.
        List<Statement> data = facts("Article 8 – Clôture",
                "L'utilisateur peut télécharger ses données. Elles sont ensuite effacées.").statements();
        assertThat(data.get(1).actor()).isEqualTo(Party.UNKNOWN);
    }

    @Test
    void theMeasureOfATopicIsNotTakenAcrossAComma() {
        Statement s = statement("Le Titulaire notifie les incidents sous vingt-quatre heures, conserve les journaux d'accès pendant six mois.");
        assertThat(s.hoursNear("logging")).isEqualTo(6 * 720.0);
        assertThat(s.unitNear("logging")).isEqualTo("mois");
        assertThat(s.valueNear("logging")).isEqualTo(6.0);
    }
}
