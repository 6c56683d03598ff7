package fr.vigie.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `vigie rules validate|test` as a legal author uses them, on a copy of the default pack. */
class RulesCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private Path copyOfPack() throws Exception {
        return fr.vigie.TestFiles.copyTree(Path.of("rules", "sante-cloud"), dir.resolve("sante-cloud"));
    }

    @Test
    void theDefaultPackValidates() {
        assertThat(run("rules", "validate", "rules/sante-cloud")).isZero();
        assertThat(out.toString()).contains("51 exigences, 0 erreur(s)");
    }

    @Test
    void aBrokenRuleIsReportedWithItsFileAndLine() throws Exception {
        Path pack = copyOfPack();
        Path drl = pack.resolve("SEC/SEC-04.drl");
        Files.writeString(drl, Files.readString(drl).replace("$a : Statement(affirms(\"encryption\")", "$a : Statement(affirms(\"encryption\"),,"));
        assertThat(run("rules", "validate", pack.toString())).isEqualTo(ExitCode.PACK_INVALID.code());
        assertThat(err.toString()).contains("SEC/SEC-04.drl:").contains("erreur");
    }

    @Test
    void anUnknownTopicAndAMissingCaseFileAreErrors() throws Exception {
        Path pack = copyOfPack();
        Path drl = pack.resolve("SLA/SLA-05.drl");
        Files.writeString(drl, Files.readString(drl).replace("affirms(\"reporting\")", "affirms(\"rapport-inexistant\")"));
        Files.delete(pack.resolve("CTR/CTR-04.cases.yaml"));
        assertThat(run("rules", "validate", pack.toString())).isEqualTo(ExitCode.PACK_INVALID.code());
        assertThat(err.toString()).contains("rapport-inexistant").contains("CTR-04 n'a aucun cas de test");
    }

    @Test
    void aBrokenCasesFileIsNamed() throws Exception {
        Path pack = copyOfPack();
        Files.writeString(pack.resolve("SEC/SEC-03.cases.yaml"), "requirement: SEC-03\ncases: [ {description: x, text: \"a\"\n");
        assertThat(run("rules", "test", pack.toString())).isEqualTo(ExitCode.PACK_INVALID.code());
        assertThat(err.toString()).contains("SEC/SEC-03.cases.yaml").contains("YAML illisible");
    }

    @Test
    void rulesTestRunsEveryCaseAndWritesJUnitXml() throws Exception {
        Path pack = copyOfPack();
        Path cases = pack.resolve("SEC/SEC-03.cases.yaml");
        // A lawyer's new case that the rules do not satisfy must fail, and say why.
        Files.writeString(cases, Files.readString(cases) + """
                - description: cas volontairement faux
                  text: |
                    Article 1
                    Le Titulaire notifie toute violation de données sous 24 heures.
                  expect: {status: VIOLATED}
                """);
        Path junit = dir.resolve("rules-junit.xml");
        assertThat(run("rules", "test", pack.toString(), "--junit", junit.toString())).isEqualTo(ExitCode.PACK_INVALID.code());
        assertThat(out.toString()).contains("ÉCHEC SEC-03 — cas volontairement faux").contains("1 échec(s)");
        String xml = Files.readString(junit);
        assertThat(xml).contains("failures=\"1\"").contains("<testcase classname=\"sante-cloud.SEC-03\"");
    }

    @Test
    void thresholdTableErrorsNameTheFileAndLineInPlainFrench() throws Exception {
        Path pack = copyOfPack();
        Path csv = pack.resolve("thresholds/thresholds.drl.csv");
        Files.writeString(csv, Files.readString(csv).replace("SLA-01.min,99.5", "SLA-01.min,quatre-vingt-dix-neuf").replace("\"standard, strict-fr, sensitive\",SLA-02.max", "\"standard, strict-fr, sensible\",SLA-02.max"));
        assertThat(run("rules", "validate", pack.toString())).isEqualTo(ExitCode.PACK_INVALID.code());
        assertThat(err.toString()).containsPattern("thresholds/thresholds\\.drl\\.csv:\\d+ : la valeur « quatre-vingt-dix-neuf » de SLA-01\\.min n'est pas un nombre")
                .contains("profil inconnu « sensible »").doesNotContain("LambdaConsequence");
    }

    @Test
    void theExamplePackOfAPurchasingGroupValidatesPassesItsCasesAndChecks(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path example = Path.of("rules", "exemple-achats-groupement");
        assertThat(run("rules", "validate", example.toString())).isZero();
        assertThat(out.toString()).contains("2 exigences, 0 erreur(s)");
        assertThat(run("rules", "test", example.toString())).isZero();
        assertThat(out.toString()).contains("0 échec(s)").contains("GRP-RGAA-01").contains("GRP-CARB-01");
        Path contract = Files.writeString(tmp.resolve("marche.txt"), """
                Article 5 – Accessibilité
                Le Titulaire garantit la conformité des interfaces au RGAA 4.1.
                Article 6 – Numérique responsable
                Le bilan carbone du service est remis tous les deux ans.
                """);
        assertThat(run("check", contract.toString(), "--pack", example.toString(), "--format", "json", "--out", tmp.toString())).isZero();
        assertThat(tmp.resolve("marche.json")).content().contains("\"requirement\" : \"GRP-CARB-01\"").contains("\"status\" : \"VIOLATED\"")
                .contains("\"id\" : \"exemple-achats-groupement\"");
    }

    /** Legal staff keep thresholds in a spreadsheet: the same table as XLSX compiles, validates and documents. */
    @Test
    void anXlsxDecisionTableWorksLikeTheCsvOne(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path pack = fr.vigie.TestFiles.copyTree(Path.of("rules", "exemple-achats-groupement"), tmp.resolve("pack"));
        Path csv = pack.resolve("thresholds/seuils.drl.csv");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var reader = Files.newBufferedReader(csv);
             var out = Files.newOutputStream(pack.resolve("thresholds/seuils.drl.xlsx"))) {
            var sheet = workbook.createSheet("Seuils");
            int r = 0;
            for (var record : org.apache.commons.csv.CSVFormat.DEFAULT.parse(reader)) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
            // The demanding profile asks for a carbon report every 3 months in the spreadsheet version.
            for (var row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("exigeant")) {
                    row.getCell(2).setCellValue("3");
                }
            }
            workbook.write(out);
        }
        Files.delete(csv);
        assertThat(run("rules", "validate", pack.toString())).isZero();
        assertThat(run("rules", "doc", pack.toString(), "--out", tmp.resolve("doc").toString(), "--format", "md")).isZero();
        assertThat(tmp.resolve("doc/GRP-CARB-01.md")).content().contains("| `GRP-CARB-01.max` | exigeant | 3 | mois |");
        Path contract = Files.writeString(tmp.resolve("m.txt"), "Article 14\nLe Titulaire transmet tous les six mois un bilan carbone du service.\n");
        assertThat(run("check", contract.toString(), "--pack", pack.toString(), "--profile", "exigeant", "--format", "json",
                "--out", tmp.resolve("r").toString())).isZero();
        assertThat(tmp.resolve("r/m.json")).content().contains("moins souvent que tous les 3 mois");
    }
}
