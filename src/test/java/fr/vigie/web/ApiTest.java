package fr.vigie.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST API on the real PostgreSQL: deposit, report formats, refusals, OpenAPI. */
class ApiTest extends WebTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    static MockMultipartFile corpusFile(String dossier, String name, String type) throws Exception {
        return new MockMultipartFile("files", name, type, Files.readAllBytes(Path.of("corpus", "dev", dossier, name)));
    }

    static JsonNode deposit(MockMvc mvc, String user, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/dossiers").param("provider", "Hébergeur Test SAS");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        MvcResult result = mvc.perform(request.with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(status().isCreated()).andExpect(header().exists("Location")).andReturn();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void aDepositAnswers201WithTheReportInTheCheckSchema() throws Exception {
        JsonNode body = deposit(mvc, "acheteur-nord", corpusFile("infogerance-hds", "contrat.pdf", "application/pdf"),
                corpusFile("infogerance-hds", "dpa.txt", "text/plain"));
        assertThat(body.path("id").asText()).matches("[0-9a-f-]{36}");
        JsonNode report = body.path("report");
        assertThat(report.path("schema").asText()).isEqualTo("vigie-report/1");
        assertThat(report.path("dossier").path("documents")).hasSize(2);
        assertThat(report.path("findings")).hasSize(51);
        assertThat(report.path("pack").path("contentHash").asText()).hasSize(64);
        // LOC-03 of this contract is a documented violation in the gold labels of the corpus.
        assertThat(findStatus(report, "LOC-03")).isEqualTo("VIOLATED");

        String id = body.path("id").asText();
        MvcResult json = mvc.perform(get("/api/dossiers/" + id + "/report").with(httpBasic("acheteur-nord", TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(JSON.readTree(json.getResponse().getContentAsByteArray()).path("findings")).hasSize(51);
        MvcResult pdf = mvc.perform(get("/api/dossiers/" + id + "/report?format=pdf").with(httpBasic("acheteur-nord", TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        MvcResult html = mvc.perform(get("/api/dossiers/" + id + "/report?format=html").with(httpBasic("acheteur-nord", TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(html.getResponse().getContentAsString()).contains("LOC-03");
    }

    @Test
    void aDossierWithoutAnyReadableDocumentIsRefusedWithAClearMessage() throws Exception {
        MockMultipartFile empty = new MockMultipartFile("files", "vide.pdf", "application/pdf", new byte[0]);
        MockMultipartFile broken = new MockMultipartFile("files", "casse.pdf", "application/pdf", "%PDF-1.7\n1 0 obj <<".getBytes());
        MvcResult r = mvc.perform(multipart("/api/dossiers").file(empty).file(broken).with(httpBasic("acheteur-nord", TestAccounts.PASSWORD)))
                .andExpect(status().is4xxClientError()).andReturn();
        String message = JSON.readTree(r.getResponse().getContentAsByteArray()).path("error").asText();
        assertThat(message).contains("Aucun document lisible", "casse.pdf");
    }

    @Test
    void someUnreadableDocumentsAreNamedInTheReport() throws Exception {
        MockMultipartFile broken = new MockMultipartFile("files", "annexe-casse.pdf", "application/pdf", "%PDF-1.7\n1 0 obj <<".getBytes());
        JsonNode body = deposit(mvc, "acheteur-nord", corpusFile("ght-convention", "convention.odt", "application/vnd.oasis.opendocument.text"), broken);
        assertThat(body.path("report").path("dossier").path("failures").get(0).path("name").asText()).isEqualTo("annexe-casse.pdf");
    }

    @Test
    void typesAndLimitsAreEnforcedFromTheBytes() throws Exception {
        MockMultipartFile elf = new MockMultipartFile("files", "contrat.pdf", "application/pdf",
                new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        MvcResult r = mvc.perform(multipart("/api/dossiers").file(elf).with(httpBasic("acheteur-nord", TestAccounts.PASSWORD)))
                .andExpect(status().isUnsupportedMediaType()).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("n'est pas un document accepté");

        var tooMany = multipart("/api/dossiers");
        for (int i = 0; i < 6; i++) {
            tooMany.file(new MockMultipartFile("files", "piece-" + i + ".txt", "text/plain", "Article 1\nObjet.".getBytes()));
        }
        mvc.perform(tooMany.with(httpBasic("acheteur-nord", TestAccounts.PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/dossiers").with(httpBasic("acheteur-nord", TestAccounts.PASSWORD))).andExpect(status().isBadRequest());
    }

    @Test
    void theApiNeedsCredentialsAndPublishesItsOpenApiDocument() throws Exception {
        mvc.perform(get("/api/dossiers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/dossiers").with(httpBasic("acheteur-nord", "mauvais"))).andExpect(status().isUnauthorized());
        MvcResult docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn();
        JsonNode openapi = JSON.readTree(docs.getResponse().getContentAsByteArray());
        assertThat(openapi.path("paths").has("/api/dossiers")).isTrue();
        assertThat(openapi.path("paths").has("/api/dossiers/{id}/report")).isTrue();
    }

    static String findStatus(JsonNode report, String requirement) {
        for (JsonNode f : report.path("findings")) {
            if (f.path("requirement").asText().equals(requirement)) {
                return f.path("status").asText();
            }
        }
        return null;
    }
}
