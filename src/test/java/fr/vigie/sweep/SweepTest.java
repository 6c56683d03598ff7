package fr.vigie.sweep;

import fr.vigie.check.CheckOptions;
import fr.vigie.facts.Status;
import fr.vigie.rules.TestPack;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepTest {

    /** The standard profile selects every requirement of the pack. */
    private static final int REQUIREMENTS = TestPack.checker().pack().requirements().size();

    private static SweepRunner.Outcome sweep(Path input, Path out, String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return new SweepRunner(TestPack.checker(), TestPack.checker().pack(), clock)
                .run(input, out, CheckOptions.defaults(), 2, SweepListener.NONE);
    }

    @Test
    void everyDossierGetsItsReportsAndOneRowPerRequirement(@TempDir Path tmp) throws IOException {
        Path input = SweepCorpus.write(tmp.resolve("corpus"), 6);
        Path unreadable = Files.createDirectories(input.resolve("CH-Est").resolve("marche-illisible"));
        Files.write(unreadable.resolve("ccap.pdf"), "%PDF-1.7\nceci n'est pas un PDF".getBytes(StandardCharsets.US_ASCII));
        Path out = tmp.resolve("out");

        SweepRunner.Outcome outcome = sweep(input, out, "2026-11-20T10:00:00Z");

        SweepResult result = outcome.result();
        assertThat(result.outcomes()).hasSize(7);
        assertThat(result.judged()).isEqualTo(7);
        for (DossierOutcome o : result.outcomes()) {
            String slug = SweepDossier.slugOf(o.id());
            assertThat(out.resolve("etat").resolve(slug + ".json")).isRegularFile();
            if (!o.failed()) {
                assertThat(out.resolve("rapports").resolve(slug + ".json")).content().contains("\"schema\" : \"vigie-report/1\"");
                assertThat(out.resolve("rapports").resolve(slug + ".html")).content().contains("<html");
            }
        }
        DossierOutcome broken = result.outcomes().stream().filter(o -> o.id().equals("CH-Est/marche-illisible")).findFirst().orElseThrow();
        assertThat(broken.unread()).isTrue();
        assertThat(broken.failures()).singleElement().asString().contains("ccap.pdf");
        assertThat(result.dossiersWithFailures()).isEqualTo(1);

        List<CSVRecord> rows = csv(out);
        Map<String, Long> rowsPerDossier = rows.stream().collect(Collectors.groupingBy(r -> r.get("dossier"), Collectors.counting()));
        assertThat(rowsPerDossier).hasSize(7);
        assertThat(rowsPerDossier.get("CHU-Nord/marche-000")).isEqualTo(REQUIREMENTS);
        assertThat(rowsPerDossier.get("CH-Est/marche-illisible")).isEqualTo(1);
        assertThat(rows).filteredOn(r -> r.get("dossier").equals("CH-Est/marche-001") && r.get("exigence").equals("SLA-01"))
                .singleElement().satisfies(r -> assertThat(r.get("statut")).isEqualTo("VIOLATED"));
        assertThat(rows).filteredOn(r -> r.get("dossier").equals("CHU-Nord/marche-000") && r.get("exigence").equals("SLA-01"))
                .singleElement().satisfies(r -> assertThat(r.get("statut")).isEqualTo("MET"));
        assertThat(rows.get(0).get("etablissement")).isIn("CHU-Nord", "CH-Est");

        try (InputStream in = Files.newInputStream(out.resolve("synthese.xlsx")); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Synthèse").getLastRowNum()).isEqualTo(7);
            assertThat(wb.getSheet("Détail").getLastRowNum()).isEqualTo(6 * REQUIREMENTS);
            assertThat(wb.getSheet("Exigences").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
        }

        String dashboard = Files.readString(out.resolve("tableau-de-bord.html"));
        assertThat(dashboard).contains("href=\"rapports/CHU-Nord__marche-000.html\"", "CH-Est/marche-illisible", "ccap.pdf",
                "Premier balayage", "id=\"matrix\"", "data-domain=\"SOV\"");
    }

    @Test
    void rerunRedoesOnlyChangedDossiersAndReportsWhatGotFixed(@TempDir Path tmp) throws IOException {
        Path input = SweepCorpus.write(tmp.resolve("corpus"), 4);
        Path out = tmp.resolve("out");
        sweep(input, out, "2026-11-20T10:00:00Z");

        SweepResult unchanged = sweep(input, out, "2026-11-21T10:00:00Z").result();
        assertThat(unchanged.judged()).isZero();
        assertThat(unchanged.reused()).isEqualTo(4);

        // marche-001 is a poor contract; its buyer gets the good clauses signed.
        Files.writeString(input.resolve("CH-Est/marche-001/contrat.txt"), String.join("\n\n", SweepCorpus.GOOD));
        // marche-003 gets one more document; marche-000 loses its availability commitment.
        Files.writeString(input.resolve("CH-Est/marche-003/avenant.txt"), "Avenant n° 1\n\nArticle 1 – Objet\nLe présent avenant modifie le prix.");
        Files.writeString(input.resolve("CHU-Nord/marche-000/contrat.txt"), SweepCorpus.GOOD.get(0) + "\n\n" + SweepCorpus.BAD.get(1));

        SweepRunner.Outcome third = sweep(input, out, "2026-11-22T10:00:00Z");
        assertThat(third.result().judged()).isEqualTo(3);
        SweepComparison c = third.comparison();
        assertThat(c.previousDate()).startsWith("2026-11-21");
        assertThat(c.fixed()).anySatisfy(ch -> {
            assertThat(ch.dossier()).isEqualTo("CH-Est/marche-001");
            assertThat(ch.requirement()).isEqualTo("SLA-01");
            assertThat(ch.after()).isEqualTo(Status.MET);
        });
        assertThat(c.regressed()).anySatisfy(ch -> {
            assertThat(ch.dossier()).isEqualTo("CHU-Nord/marche-000");
            assertThat(ch.requirement()).isEqualTo("SLA-01");
            assertThat(ch.before()).isEqualTo(Status.MET);
        });
        assertThat(c.fixed()).noneMatch(ch -> ch.dossier().equals("CHU-Nord/marche-002"));
        assertThat(Files.readString(out.resolve("tableau-de-bord.html"))).contains("Corrigés (", "Régressions (");
        try (Stream<Path> history = Files.list(out.resolve("historique"))) {
            assertThat(history.count()).isEqualTo(3);
        }
    }

    @Test
    void changingTheProfileRedoesEveryDossier(@TempDir Path tmp) throws IOException {
        Path input = SweepCorpus.write(tmp.resolve("corpus"), 2);
        Path out = tmp.resolve("out");
        sweep(input, out, "2026-11-20T10:00:00Z");
        SweepResult strict = new SweepRunner(TestPack.checker(), TestPack.checker().pack(), Clock.systemUTC())
                .run(input, out, new CheckOptions("strict-fr", Map.of()), 1, SweepListener.NONE).result();
        assertThat(strict.judged()).isEqualTo(2);
    }

    @Test
    void manifestMapsFilesToDossiersAndEstablishments(@TempDir Path tmp) throws IOException {
        Path input = SweepCorpus.write(tmp.resolve("corpus"), 3);
        Path manifest = input.resolve("manifeste.csv");
        Files.writeString(manifest, """
                fichier;dossier;etablissement
                CHU-Nord/marche-000/contrat.txt;DPI-2026;CHU Nord
                CH-Est/marche-001/contrat.txt;DPI-2026;CHU Nord
                CHU-Nord/marche-002/contrat.txt;PACS-2025;CH Est
                """);
        List<SweepDossier> plan = SweepPlan.of(manifest);
        assertThat(plan).extracting(SweepDossier::id).containsExactly("DPI-2026", "PACS-2025");
        assertThat(plan.get(0).files()).hasSize(2);
        assertThat(plan.get(1).establishment()).isEqualTo("CH Est");

        Files.writeString(manifest, "chemin;dossier\nx.txt;A\n");
        assertThatThrownBy(() -> SweepPlan.of(manifest)).isInstanceOf(SweepException.class).hasMessageContaining("fichier");
    }

    @Test
    void twoSweepsCannotShareAnOutputFolder(@TempDir Path tmp) {
        try (SweepStore first = SweepStore.open(tmp)) {
            assertThatThrownBy(() -> SweepStore.open(tmp)).isInstanceOf(SweepException.class)
                    .hasMessageContaining("Un autre balayage");
        }
        SweepStore.open(tmp).close();
    }

    static List<CSVRecord> csv(Path out) throws IOException {
        try (Reader reader = Files.newBufferedReader(out.resolve("synthese.csv"), StandardCharsets.UTF_8)) {
            assertThat((char) reader.read()).isEqualTo('\uFEFF');
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }
}
