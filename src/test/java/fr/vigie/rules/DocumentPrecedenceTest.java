package fr.vigie.rules;

import fr.vigie.check.CheckOptions;
import fr.vigie.facts.Status;
import fr.vigie.report.GapReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An amendment changes the contract: its findings set aside the contract's for the same requirement. */
class DocumentPrecedenceTest {

    private static final CheckOptions HOSTED = new CheckOptions(null, Map.of("EXTERNAL_HOSTING", true, "HEALTH_DATA", true));

    private static Status sla01(GapReport report) {
        return report.findings().stream().filter(f -> f.requirement().equals("SLA-01")).findFirst().orElseThrow().status();
    }

    @Test
    void anAmendmentThatRaisesTheAvailabilityOverridesTheContract(@TempDir Path dir) throws IOException {
        Path contract = Files.writeString(dir.resolve("contrat.txt"), """
                Contrat de service hébergé
                Article 6 – Disponibilité
                Le Prestataire garantit une disponibilité de 98 % par mois.
                """);
        assertThat(sla01(TestPack.checker().check("seul", List.of(contract), HOSTED))).isEqualTo(Status.VIOLATED);

        Path amendment = Files.writeString(dir.resolve("avenant-2.txt"), """
                Avenant n° 2 au contrat de service hébergé
                Article 1
                L'article 6 du contrat est remplacé comme suit : le Prestataire garantit une disponibilité de 99,8 % par mois.
                """);
        GapReport both = TestPack.checker().check("avec avenant", List.of(contract, amendment), HOSTED);
        assertThat(sla01(both)).isEqualTo(Status.MET);
        assertThat(both.findings().stream().filter(f -> f.requirement().equals("SLA-01")).findFirst().orElseThrow()
                .evidence()).allSatisfy(e -> assertThat(e.document()).isEqualTo("avenant-2.txt"));
    }

    @Test
    void anAmendmentSilentOnARequirementLeavesTheContractJudged(@TempDir Path dir) throws IOException {
        Path contract = Files.writeString(dir.resolve("contrat.txt"), """
                Contrat de service hébergé
                Article 6 – Disponibilité
                Le Prestataire garantit une disponibilité de 98 % par mois.
                """);
        Path amendment = Files.writeString(dir.resolve("avenant-3.txt"), """
                Avenant n° 3
                Article 1
                Le prix de la redevance mensuelle est porté à 2 400 euros hors taxes.
                """);
        assertThat(sla01(TestPack.checker().check("avenant muet", List.of(contract, amendment), HOSTED))).isEqualTo(Status.VIOLATED);
    }

    @Test
    void aSignedOrderFormDerogatesFromTheGeneralTerms(@TempDir Path dir) throws IOException {
        Path terms = Files.writeString(dir.resolve("conditions-generales.txt"), """
                Conditions générales de service
                Article 4 – Disponibilité
                Le Fournisseur garantit une disponibilité de 99 % par mois.
                """);
        Path order = Files.writeString(dir.resolve("bon-de-commande.txt"), """
                Bon de commande n° 2026-118
                Par dérogation aux conditions générales, la disponibilité garantie est portée à 99,9 % par mois.
                """);
        assertThat(sla01(TestPack.checker().check("commande", List.of(terms, order), HOSTED))).isEqualTo(Status.MET);
    }
}
