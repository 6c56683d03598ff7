package fr.vigie.waiver;

import fr.vigie.check.CheckOptions;
import fr.vigie.facts.Status;
import fr.vigie.report.GapReport;
import fr.vigie.report.RequirementResult;
import fr.vigie.report.Verdict;
import fr.vigie.rules.TestPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiverTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    /** A real report of a contract that hosts health data abroad: critical gaps on LOC/SOV requirements. */
    private static GapReport report(Path dir) throws IOException {
        Path contract = Files.writeString(dir.resolve("contrat.txt"), """
                Contrat d'hébergement — DPI-2026
                Article 3 – Hébergement
                Les données de santé sont hébergées dans des centres de données situés aux États-Unis.
                Article 7 – Disponibilité
                Le Titulaire garantit une disponibilité mensuelle de 98 %.
                """);
        return TestPack.checker().check("DPI-2026-projet", List.of(contract),
                new CheckOptions(null, Map.of("HEALTH_DATA", true, "EXTERNAL_HOSTING", true)));
    }

    private static RequirementResult finding(GapReport r, String id) {
        return r.findings().stream().filter(f -> f.requirement().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRunningWaiverKeepsTheStatusButTakesTheGapOutOfTheVerdict(@TempDir Path dir) throws IOException {
        GapReport before = report(dir);
        assertThat(finding(before, "SLA-01").status()).isEqualTo(Status.VIOLATED);
        List<String> criticalBefore = before.findings().stream().filter(f -> f.isGap() && f.severity() == fr.vigie.rules.Severity.CRITICAL)
                .map(RequirementResult::requirement).toList();
        assertThat(criticalBefore).isNotEmpty();

        List<Waiver> waivers = new java.util.ArrayList<>();
        waivers.add(new Waiver("SLA-01", "DPI-2026*", null, "98 % accepté pendant la migration", "Juriste GHT",
                java.time.LocalDate.parse("2027-03-31")));
        for (String id : criticalBefore) {
            waivers.add(new Waiver(id, null, "Hébergeur Atlantique SAS", "Risque accepté par la direction", "DG",
                    java.time.LocalDate.parse("2026-12-31")));
        }
        GapReport after = new WaiverApplier(NOV_2026).apply(before, waivers, "hebergeur atlantique sas");

        RequirementResult sla = finding(after, "SLA-01");
        assertThat(sla.status()).isEqualTo(Status.VIOLATED);
        assertThat(sla.waiver()).isNotNull();
        assertThat(sla.waiver().expired()).isFalse();
        assertThat(sla.isOpenGap()).isFalse();
        assertThat(after.summary().criticalGaps()).isZero();
        assertThat(after.verdict()).isNotEqualTo(Verdict.CRITICAL_GAPS);
        assertThat(after.summary().byStatus()).isEqualTo(before.summary().byStatus());
    }

    @Test
    void anExpiredWaiverIsShownButNoLongerApplies(@TempDir Path dir) throws IOException {
        GapReport before = report(dir);
        Waiver old = new Waiver("SLA-01", "DPI-2026-projet", null, "accord provisoire", "Juriste", java.time.LocalDate.parse("2026-06-30"));
        GapReport after = new WaiverApplier(NOV_2026).apply(before, List.of(old), null);
        RequirementResult sla = finding(after, "SLA-01");
        assertThat(sla.waiver().expired()).isTrue();
        assertThat(sla.isOpenGap()).isTrue();
        assertThat(after.summary().criticalGaps()).isEqualTo(before.summary().criticalGaps());
    }

    @Test
    void waiversOfOtherDossiersProvidersOrMetRequirementsDoNothing(@TempDir Path dir) throws IOException {
        GapReport before = report(dir);
        GapReport after = new WaiverApplier(NOV_2026).apply(before, List.of(
                new Waiver("SLA-01", "PACS-*", null, "autre dossier", "X", java.time.LocalDate.parse("2030-01-01")),
                new Waiver("SLA-01", null, "Autre Prestataire", "autre prestataire", "X", java.time.LocalDate.parse("2030-01-01"))),
                "Hébergeur Atlantique");
        assertThat(finding(after, "SLA-01").waiver()).isNull();
        assertThat(after.verdict()).isEqualTo(before.verdict());
    }

    @Test
    void theWaiverFileIsCheckedEntryByEntryInFrench(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("derogations.yaml"), """
                derogations:
                  - exigence: SLA-01
                    dossier: "DPI-*"
                    justification: "Migration en cours"
                    auteur: "Juriste du GHT"
                    expire: 2027-03-31
                  - exigence: REV-01
                    prestataire: "Éditeur Santé SAS"
                    justification: "Avenant de réversibilité signé séparément"
                    auteur: "Auditeur"
                    expire: 2026-12-31
                """);
        List<Waiver> waivers = WaiverFile.load(ok, Set.of("SLA-01", "REV-01"));
        assertThat(waivers).hasSize(2);
        assertThat(waivers.get(1).covers("REV-01", "n'importe", "editeur sante sas")).isTrue();

        Path bad = Files.writeString(dir.resolve("mauvais.yaml"), """
                derogations:
                  - exigence: SLA-99
                    dossier: "DPI-*"
                    justification: "x"
                    auteur: "y"
                    expire: 2027-13-45
                  - exigence: SLA-01
                    justification: "x"
                """);
        assertThatThrownBy(() -> WaiverFile.load(bad, Set.of("SLA-01")))
                .isInstanceOf(WaiverException.class)
                .hasMessageContaining("n° 1 : exigence inconnue « SLA-99 »")
                .hasMessageContaining("date « 2027-13-45 » invalide")
                .hasMessageContaining("n° 2 : indiquez « dossier » ou « prestataire »")
                .hasMessageContaining("« auteur » manquant")
                .hasMessageContaining("« expire » manquante");
    }
}
