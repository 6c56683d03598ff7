package fr.vigie.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages: login, CSRF, upload, report with evidence links, viewer, versions, history search. */
class PagesTest extends WebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesNeedALoginAndTheFormLoginWorks() throws Exception {
        String toLogin = mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
        assertThat(toLogin).endsWith("/login");
        mvc.perform(formLogin("/login").user("acheteur-nord").password(TestAccounts.PASSWORD)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
        mvc.perform(formLogin("/login").user("acheteur-nord").password("faux"))
                .andExpect(redirectedUrlPattern("/login?error*"));
        MvcResult login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        assertThat(login.getResponse().getContentAsString()).contains("Mot de passe", "_csrf");
        assertThat(login.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        MockMultipartFile file = ApiTest.corpusFile("ght-convention", "convention.odt", "application/vnd.oasis.opendocument.text");
        mvc.perform(multipart("/dossiers").file(file).with(user("acheteur-nord").roles("BUYER"))).andExpect(status().isForbidden());
    }

    @Test
    void uploadThenReadTheReportTheEvidenceAndARevisedVersion() throws Exception {
        var buyer = user("acheteur-nord").roles("BUYER");
        MockMultipartFile v1 = ApiTest.corpusFile("infogerance-hds", "contrat.pdf", "application/pdf");
        MvcResult posted = mvc.perform(multipart("/dossiers").file(v1).param("name", "Infogérance HDS").param("provider", "InfoSanté")
                        .param("assume.HEALTH_DATA", "true").with(buyer).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).matches("/dossiers/[0-9a-f-]{36}");
        String page = mvc.perform(get(location).with(buyer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rapport d&#39;écarts — Infogérance HDS", "LOC-03", "voir dans le document", "document annoté (PDF)");

        String link = page.substring(page.indexOf("href=\"/dossiers/", page.indexOf("class=\"preuve\"") - 300));
        link = link.substring(6, link.indexOf('"', 6)).replace("&amp;", "&");
        String viewer = mvc.perform(get(link).with(buyer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(viewer).contains("id=\"marque\"", "<mark");

        String fileId = link.replaceFirst(".*/documents/([0-9a-f-]{36}).*", "$1");
        MvcResult annotated = mvc.perform(get(location + "/documents/" + fileId + "/annotated").with(buyer))
                .andExpect(status().isOk()).andReturn();
        assertThat(annotated.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(annotated.getResponse().getContentAsByteArray())) {
            long highlights = 0;
            for (var p : pdf.getPages()) {
                highlights += p.getAnnotations().stream().filter(a -> "Highlight".equals(a.getSubtype())).count();
            }
            assertThat(highlights).isPositive();
        }

        // A revised draft adds the missing location clauses: the new version says what got fixed.
        MockMultipartFile v2 = new MockMultipartFile("files", "avenant-localisation.txt", "text/plain", ("""
                Avenant n° 1 — Localisation des données
                Article 1
                Les données de santé, leurs sauvegardes et leurs répliques sont hébergées exclusivement en France.
                Tout changement de site d'hébergement est soumis à l'accord préalable et écrit de l'Établissement.
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String id = location.substring("/dossiers/".length());
        MvcResult second = mvc.perform(multipart("/dossiers").file(ApiTest.corpusFile("infogerance-hds", "contrat.pdf", "application/pdf"))
                        .file(v2).param("previous", id).param("assume.HEALTH_DATA", "true").with(buyer).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page2 = mvc.perform(get(second.getResponse().getRedirectedUrl()).with(buyer)).andReturn().getResponse().getContentAsString();
        assertThat(page2).contains("Depuis la version 1", "Corrigé (", "Reste à corriger (");

        String history = mvc.perform(get("/dossiers?provider=infosant").with(buyer)).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Infogérance HDS");
        String byRequirement = mvc.perform(get("/dossiers?requirement=LOC-03&status=VIOLATED").with(buyer))
                .andReturn().getResponse().getContentAsString();
        assertThat(byRequirement).contains("Infogérance HDS");
    }

    @Test
    void legalStaffWaiveAGapAndTheBuyerSeesItWaived() throws Exception {
        var buyer = user("acheteur-nord").roles("BUYER");
        MvcResult posted = mvc.perform(multipart("/dossiers").file(ApiTest.corpusFile("ch-sud-hyperscaler", "conditions.txt", "text/plain"))
                        .param("provider", "Nuage Global").with(buyer).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        String id = location.substring("/dossiers/".length());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(location + "/derogations")
                        .param("requirement", "SOV-01").param("justification", "Risque accepté").param("expires", "2999-01-01")
                        .with(buyer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(location + "/derogations")
                        .param("requirement", "SOV-01").param("scope", "provider").param("justification", "Risque accepté par le comité")
                        .param("expires", "2999-01-01").with(user("juriste").roles("LEGAL")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(location).with(buyer)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dérogation jusqu’au 2999-01-01", "Risque accepté par le comité", "juriste");
        String json = mvc.perform(get("/api/dossiers/" + id + "/report").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("acheteur-nord", TestAccounts.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"waiver\"", "Risque accepté par le comité");
        assertThat(page).doesNotContain("Accorder une dérogation");
    }

    @Test
    void aRefusedUploadShowsTheReasonOnTheUploadPage() throws Exception {
        MockMultipartFile empty = new MockMultipartFile("files", "vide.docx", "application/octet-stream", new byte[0]);
        MvcResult r = mvc.perform(multipart("/dossiers").file(empty).with(user("acheteur-nord").roles("BUYER")).with(csrf()))
                .andExpect(status().is4xxClientError()).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("Aucun document lisible", "vide.docx", "Déposer un dossier");
    }
}
