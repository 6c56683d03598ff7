package fr.vigie.extract;

import fr.vigie.document.Document;
import fr.vigie.document.DocumentBuilder;
import fr.vigie.document.Line;
import fr.vigie.facts.Party;
import fr.vigie.facts.Statement;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Trade names defined for the parties, read with the default pack's vocabulary. */
class PartyNamesTest {

    private static final VocabularyFactExtractor EXTRACTOR = VocabularyFactExtractor.load(Path.of("rules", "sante-cloud", "vocabulary"));

    private static Document document(String name, String... lines) {
        List<Line> list = java.util.Arrays.stream(lines).map(l -> new Line(l, 1, 0, true)).toList();
        return DocumentBuilder.build(name, name, "text/plain", list, 1, Set.of(), List.of());
    }

    @Test
    void aNameDefinedInOneDocumentIsReadAsItsRoleInAnother() {
        Document contract = document("contrat.txt",
                "ENTRE le Centre hospitalier de Valbrune, ci-après « l'Acheteur »,",
                "ET la société Nuvéo Santé SAS, au capital de 80 000 euros, ci-après « le Titulaire ».");
        Document annex = document("annexe.txt",
                "Annexe 2 – Sécurité",
                "Nuvéo Santé applique les correctifs critiques sous soixante-douze heures.");
        Statement patching = EXTRACTOR.extract(List.of(contract, annex), false).get(1).statements().stream()
                .filter(s -> s.evidence().text().startsWith("Nuvéo")).findFirst().orElseThrow();
        assertThat(patching.actor()).isEqualTo(Party.PROVIDER);
        // The quotation stays the sentence as written.
        assertThat(patching.evidence().text()).isEqualTo("Nuvéo Santé applique les correctifs critiques sous soixante-douze heures.");
    }

    @Test
    void theProcessorOfTheDataProcessingAgreementIsTheProviderOfTheContract() {
        // The DPA, read first, calls the company « le Sous-traitant » (the GDPR processor); the contract calls it
        // « l'Éditeur ». The provider's role wins whatever the order of the pieces.
        java.util.function.Function<String, Party> partyOf = role -> role.matches("(?iu).*(client|responsable).*") ? Party.BUYER
                : role.matches("(?iu).*sous-traitant.*") ? Party.SUBCONTRACTOR
                : role.matches("(?iu).*(éditeur|prestataire).*") ? Party.PROVIDER : Party.UNKNOWN;
        Document dpa = document("annexe-dpa.txt",
                "La présente annexe définit les conditions dans lesquelles Sapidor (le « Sous-traitant ») traite des données pour le compte du Client (le « Responsable de traitement »).");
        Document contract = document("contrat.txt",
                "SAPIDOR, société par actions simplifiée au capital de 50 000 euros, ci-après « Sapidor » ou l'« Éditeur », et le Centre hospitalier de Brévanne, ci-après le « Client ».");
        for (List<Document> order : List.of(List.of(dpa, contract), List.of(contract, dpa))) {
            PartyNames names = PartyNames.of(order, partyOf);
            assertThat(partyOf.apply(names.roles().get("Sapidor"))).as(names.roles().toString()).isEqualTo(Party.PROVIDER);
        }
    }

    @Test
    void theDefiningPhrasingsAreRecognisedAndTheBuyerIsNotNamed() {
        Document d = document("contrat.txt",
                "Apothex Cloud GmbH, ci-après « Apothex » ou le « Fournisseur », et le Centre hospitalier de Lorme, ci-après le « Client ».",
                "Le Titulaire, Hospicloud SA, fournit le service.",
                "La maintenance est assurée par Datarc SARL (le « Prestataire »).");
        PartyNames names = PartyNames.of(List.of(d), role -> role.contains("Client") ? Party.BUYER
                : role.matches(".*(Fournisseur|Titulaire|Prestataire).*") ? Party.PROVIDER : Party.UNKNOWN);
        assertThat(names.roles()).containsKeys("Apothex Cloud GmbH", "Apothex Cloud", "Apothex", "Hospicloud SA", "Datarc SARL");
        assertThat(names.roles().keySet()).noneMatch(n -> n.contains("Centre") || n.contains("Lorme"));
        assertThat(names.annotate("Apothex Cloud GmbH héberge les données ; Apothex les sauvegarde."))
                .isEqualTo("Apothex Cloud GmbH (le Fournisseur) héberge les données ; Apothex (le Fournisseur) les sauvegarde.");
    }

    @Test
    void aShortTradeNameTheIssuerOfGeneralTermsAndTheSignatoryCompanyAreTheProvider() {
        java.util.function.Function<String, Party> partyOf = role -> role.matches("(?i).*(établissement|client).*") ? Party.BUYER
                : role.matches("(?i).*(prestataire|titulaire).*") ? Party.PROVIDER : Party.UNKNOWN;
        Document pas = document("pas.txt",
                "1.1 Le plan décrit les mesures mises en œuvre par Borélia Systèmes (ci-après « Borélia ») pour le service fourni au Centre hospitalier de Carvenne (ci-après « l'Établissement »).");
        Document terms = document("cgv.txt", "MIRALOG SARL — CONDITIONS GÉNÉRALES DE VENTE", "Miralog peut modifier les présentes conditions.");
        Document deed = document("ae.txt",
                "Je soussigné, agissant au nom et pour le compte de la société ORVANE SAS, m'engage à exécuter les prestations.");
        PartyNames names = PartyNames.of(List.of(pas, terms, deed), partyOf);
        assertThat(names.roles()).containsKeys("Borélia Systèmes", "Borélia", "MIRALOG", "ORVANE SAS", "Orvane");
        assertThat(names.roles().keySet()).noneMatch(n -> n.contains("Carvenne") || n.contains("Établissement"));
        // The things a contract names for short (« ci-après « la Solution » ») are no party.
        Document object = document("ccap.txt", "Le marché porte sur un logiciel de gestion des lits (ci-après « la Solution »).");
        assertThat(PartyNames.of(List.of(object), partyOf).roles()).isEmpty();
    }

    @Test
    void theLiteralPrefilterNeverSkipsASentenceTheRoleThenNamePatternMatches() throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("Le Titulaire, Hospicloud SA, fournit le service.",
                "l'Éditeur ,  KALISTO , assure", "La Hébergeur,Nuvéo,", "le Operateur, X, y", "L' Infogérant, Datarc SARL,"));
        for (Path root : List.of(Path.of("rules", "sante-cloud"), Path.of("corpus"))) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".cases.yaml") || p.toString().endsWith(".txt")).toList()) {
                    lines.addAll(java.nio.file.Files.readAllLines(f));
                }
            }
        }
        int matched = 0;
        for (String line : lines) {
            if (PartyNames.ROLE_THEN_NAME.matcher(line).find()) {
                matched++;
                assertThat(PartyNames.mayNameRole(line)).as(line).isTrue();
            }
        }
        assertThat(matched).isGreaterThanOrEqualTo(5);
    }
}
