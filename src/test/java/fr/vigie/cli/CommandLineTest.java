package fr.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.ingest.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as users run them: exit codes, French messages, files written. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void helpListsCommandsAndExitCodesInFrench() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("check").contains("extract").contains("eval").contains("Codes de sortie")
                .contains("document protégé par mot de passe");
    }

    @Test
    void extractReadsGoodFilesAndNamesTheBadOnesWithoutStackTrace() throws Exception {
        Path good = TestDocuments.contractPdf(dir);
        Path encrypted = TestDocuments.encryptedPdf(dir);
        int code = run("extract", good.toString(), encrypted.toString(), "--format", "json", "--no-ocr");
        assertThat(code).isEqualTo(ExitCode.SOME_DOCUMENTS_FAILED.code());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("documents").get(0).path("pages").asInt()).isEqualTo(3);
        assertThat(json.path("documents").get(0).path("sentences").get(0).has("section")).isTrue();
        assertThat(json.path("failures").get(0).path("kind").asText()).isEqualTo("ENCRYPTED");
        assertThat(err.toString()).contains("mot de passe").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("extract", encrypted.toString())).isEqualTo(ExitCode.ENCRYPTED.code());
    }

    @Test
    void checkWritesAReportWithEveryRequirementOnceAndSignalsCriticalGaps() throws Exception {
        Path reports = dir.resolve("rapports");
        int code = run("check", "corpus/dev/ch-sud-hyperscaler", "--format", "json", "--out", reports.toString(), "--no-ocr");
        assertThat(code).isEqualTo(ExitCode.CRITICAL_GAPS.code());
        JsonNode report = new ObjectMapper().readTree(reports.resolve("ch-sud-hyperscaler.json").toFile());
        Set<String> ids = new HashSet<>();
        report.path("findings").forEach(f -> assertThat(ids.add(f.path("requirement").asText())).isTrue());
        assertThat(ids).hasSize(51);
        assertThat(report.path("pack").path("contentHash").asText()).hasSize(64);
        assertThat(report.path("verdict").asText()).isEqualTo("CRITICAL_GAPS");
    }

    @Test
    void waiversTakeAcceptedGapsOutOfTheExitCodeAndShowInTheReport() throws Exception {
        Path first = dir.resolve("avant");
        assertThat(run("check", "corpus/dev/ch-sud-hyperscaler", "--format", "json", "--out", first.toString(), "--no-ocr"))
                .isEqualTo(ExitCode.CRITICAL_GAPS.code());
        JsonNode report = new ObjectMapper().readTree(first.resolve("ch-sud-hyperscaler.json").toFile());
        StringBuilder yaml = new StringBuilder("derogations:\n");
        report.path("findings").forEach(f -> {
            if (f.path("severity").asText().equals("CRITICAL") && !f.path("status").asText().equals("MET")
                    && !f.path("status").asText().equals("NOT_APPLICABLE")) {
                yaml.append("  - exigence: ").append(f.path("requirement").asText()).append("\n")
                        .append("    prestataire: \"Nuage Global Inc.\"\n")
                        .append("    justification: \"Accepté par le comité des risques\"\n")
                        .append("    auteur: \"Juriste du GHT\"\n")
                        .append("    expire: 2999-12-31\n");
            }
        });
        Path waivers = Files.writeString(dir.resolve("derogations.yaml"), yaml);
        Path second = dir.resolve("apres");
        int code = run("check", "corpus/dev/ch-sud-hyperscaler", "--waivers", waivers.toString(), "--provider", "nuage global inc.",
                "--format", "html", "--out", second.toString(), "--no-ocr");
        assertThat(code).isEqualTo(ExitCode.OK.code());
        assertThat(Files.readString(second.resolve("ch-sud-hyperscaler.html"))).contains("Dérogation jusqu’au 2999-12-31",
                "Accepté par le comité des risques");

        Path unknown = Files.writeString(dir.resolve("inconnue.yaml"),
                "derogations:\n  - exigence: XYZ-01\n    dossier: x\n    justification: j\n    auteur: a\n    expire: 2030-01-01\n");
        assertThat(run("check", "corpus/dev/ch-sud-hyperscaler", "--waivers", unknown.toString(), "--no-ocr"))
                .isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("exigence inconnue « XYZ-01 »");
    }

    @Test
    void rulesDocWritesACatalogPagePerRequirementWithThresholdsAndExamples() throws Exception {
        Path out = dir.resolve("catalogue");
        assertThat(run("rules", "doc", "rules/sante-cloud", "--out", out.toString())).isZero();
        assertThat(out.resolve("index.md")).content().contains("SLA-01", "strict-fr", "LOC.zone");
        String sla = Files.readString(out.resolve("SLA-01.md"));
        assertThat(sla).contains("# SLA-01", "`SLA-01.min`", "99.5", "## Exemples conformes", "## Exemples non conformes",
                "Le Titulaire garantit une disponibilité de 99,9 % par mois.");
        assertThat(out.resolve("SLA-01.html")).content().contains("<table>", "<blockquote>");
        try (var files = Files.list(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".md")).count()).isEqualTo(52);
        }
    }

    @Test
    void sweepExitCodeSaysCriticalGapsAndFailures() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        fr.vigie.ingest.TestDocuments.encryptedPdf(Files.createDirectories(corpus.resolve("dossier-chiffre")));
        Path hyperscaler = Files.createDirectories(corpus.resolve("hyperscaler"));
        Files.copy(Path.of("corpus/dev/ch-sud-hyperscaler/conditions.txt"), hyperscaler.resolve("conditions.txt"));
        int code = run("sweep", corpus.toString(), "--out", dir.resolve("sortie").toString(), "--progress", "lines", "--no-ocr");
        assertThat(code).isEqualTo(ExitCode.CRITICAL_GAPS_AND_FAILURES.code());
        assertThat(err.toString()).contains("2 dossiers", "Tableau de bord");
        assertThat(dir.resolve("sortie/tableau-de-bord.html")).exists();
    }

    @Test
    void checkNamesAnUnreadableDocumentAndJudgesTheRest() throws Exception {
        Path dossier = Files.createDirectories(dir.resolve("dossier"));
        Files.copy(Path.of("corpus/dev/infogerance-hds/dpa.txt"), dossier.resolve("dpa.txt"));
        TestDocuments.encryptedPdf(dossier);
        int code = run("check", dossier.toString(), "--format", "html", "--out", dir.resolve("r").toString(), "--no-ocr");
        assertThat(code).isIn(ExitCode.CRITICAL_GAPS.code(), ExitCode.SOME_DOCUMENTS_FAILED.code());
        String html = Files.readString(dir.resolve("r").resolve("dossier.html"));
        assertThat(html).contains("chiffre.pdf").contains("Documents illisibles").contains("GDPR-04");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("check", "corpus/dev/ch-sud-hyperscaler", "--assume", "HEALTH_DATA=peut-être")).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("true ou false");
        assertThat(run("check", "corpus/dev/ch-sud-hyperscaler", "--profile", "inconnu")).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("Profil inconnu");
    }

    @Test
    void evalScoresTheHeldOutSplitAgainstItsFloor() throws Exception {
        Path result = dir.resolve("eval.json");
        int code = run("eval", "corpus", "--split", "heldout", "--format", "json", "--out", result.toString());
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("unsafe_met").asInt()).isZero();
        assertThat(json.path("accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.has("gap_precision")).isTrue();
        assertThat(json.has("gap_recall")).isTrue();
        assertThat(code).isZero();
        assertThat(run("eval", "corpus", "--split", "heldout", "--min-accuracy", "1.01", "--out", result.toString()))
                .isEqualTo(ExitCode.EVAL_BELOW_FLOOR.code());
    }
}
