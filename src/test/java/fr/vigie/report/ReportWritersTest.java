package fr.vigie.report;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.document.DocumentFailure;
import fr.vigie.document.FailureKind;
import fr.vigie.facts.Evidence;
import fr.vigie.facts.Status;
import fr.vigie.rules.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWritersTest {

    private static final String HOSTILE = "<script>alert('x')</script> 99,9 %, hors « maintenance » %s %n";

    private static GapReport report() {
        Evidence evidence = new Evidence("ccap.pdf", 3, "Article 9 – Réversibilité", HOSTILE, 10, 60);
        List<RequirementResult> rows = List.of(
                new RequirementResult("REV-01", "Clause de réversibilité", "REV", Severity.CRITICAL, Status.VIOLATED,
                        "La réversibilité est exclue en cas de résiliation pour faute.", List.of(evidence),
                        "CCAG-TIC 2021 art. 42", "Le Titulaire assure la réversibilité quelle que soit la cause."),
                new RequirementResult("SLA-01", "Disponibilité mensuelle", "SLA", Severity.MAJOR, Status.MET,
                        "Disponibilité de 99,9 %.", List.of(evidence), "pratique", "…"),
                new RequirementResult("CTR-03", "Séquestre", "CTR", Severity.MINOR, Status.NOT_APPLICABLE,
                        "Sans objet.", List.of(), "pratique", "…"));
        return new GapReport(GapReport.SCHEMA, "2026-11-23T10:00:00Z",
                new GapReport.DossierInfo("chu-test", List.of(new GapReport.DocumentInfo("ccap.pdf", "ab12", 4, "CCAP", "fr")),
                        List.of(new DocumentFailure("annexe.pdf", null, FailureKind.ENCRYPTED, "Document protégé par mot de passe."))),
                new GapReport.PackRef("sante-cloud", "1.0.0", "deadbeef"), "standard", Map.of("HEALTH_DATA", true),
                List.of(new GapReport.ConditionResult("HEALTH_DATA", "Données de santé", true, "hypothèse", null)),
                new GapReport.Summary(3, Map.of(Status.VIOLATED, 1, Status.MET, 1, Status.NOT_APPLICABLE, 1), 1),
                Verdict.CRITICAL_GAPS, rows);
    }

    private static String render(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.forFormat(format).write(report(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonCarriesTheSchemaFieldsAndRoundTripsHostileText() throws Exception {
        JsonNode json = JsonReportWriter.mapper().readTree(render("json"));
        assertThat(json.path("schema").asText()).isEqualTo("vigie-report/1");
        assertThat(json.path("pack").path("contentHash").asText()).isEqualTo("deadbeef");
        JsonNode first = json.path("findings").get(0);
        assertThat(first.path("requirement").asText()).isEqualTo("REV-01");
        assertThat(first.path("status").asText()).isEqualTo("VIOLATED");
        assertThat(first.path("evidence").get(0).path("text").asText()).isEqualTo(HOSTILE);
        assertThat(first.path("evidence").get(0).path("page").asInt()).isEqualTo(3);
        assertThat(json.path("dossier").path("failures").get(0).path("kind").asText()).isEqualTo("ENCRYPTED");
        assertThat(json.path("summary").path("criticalGaps").asInt()).isEqualTo(1);
    }

    @Test
    void htmlPutsTheVerdictFirstAndEscapesContractText() throws Exception {
        String html = render("html");
        assertThat(html).doesNotContain("<script>alert");
        assertThat(html).contains("&lt;script&gt;");
        int verdict = html.indexOf("Ne pas signer en l&#39;état : 1 écart critique");
        assertThat(verdict).isPositive();
        assertThat(verdict).isLessThan(html.indexOf("id=\"REV-01\""));
        assertThat(html).contains("annexe.pdf").contains("Document protégé par mot de passe.");
        assertThat(html).contains("ccap.pdf, page 3, Article 9 – Réversibilité");
    }

    @Test
    void htmlShowsWaiversEscapedAndKeepsTheirGapsInTheCriticalList() throws Exception {
        GapReport base = report();
        List<RequirementResult> waived = List.of(
                base.findings().get(0).withWaiver(new RequirementResult.WaiverNote(HOSTILE, "juriste", "2999-01-01", false)),
                base.findings().get(1),
                base.findings().get(2).withWaiver(new RequirementResult.WaiverNote("Ancien accord", "DSI", "2020-01-01", true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(base.withFindings(waived), out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert");
        assertThat(html).contains("<p class=\"waiver\">Dérogation jusqu’au 2999-01-01 : écart accepté, non compté dans le verdict. "
                + "Justification : &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("<p class=\"waiver\">Dérogation expirée le 2020-01-01 : elle ne s’applique plus. "
                + "Justification : Ancien accord (DSI)</p>");
        assertThat(html).contains("<span> (dérogation jusqu’au 2999-01-01)</span></li>");
        assertThat(html).contains("<p class=\"verdict v-COMPLIANT\">").endsWith("</footer>\n</body>\n</html>\n");
    }

    @Test
    void textListsOnlyGapsWithTheirLocation() throws Exception {
        String text = render("text");
        assertThat(text).contains("REV-01").contains("Non conforme").contains("ccap.pdf, page 3");
        assertThat(text).doesNotContain("SLA-01").doesNotContain("CTR-03");
    }
}
