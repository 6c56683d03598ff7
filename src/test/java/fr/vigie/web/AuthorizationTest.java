package fr.vigie.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A buyer never reads another establishment's dossier — not by the list, not by guessing its id. */
class AuthorizationTest extends WebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aBuyerOfAnotherEstablishmentGetsNotFoundEverywhere() throws Exception {
        JsonNode body = ApiTest.deposit(mvc, "acheteur-nord", ApiTest.corpusFile("ght-convention", "convention.odt",
                "application/vnd.oasis.opendocument.text"));
        String id = body.path("id").asText();
        mvc.perform(get("/api/dossiers/" + id + "/report").with(httpBasic("acheteur-nord", TestAccounts.PASSWORD)))
                .andExpect(status().isOk());

        for (String path : new String[]{"/api/dossiers/" + id + "/report", "/api/dossiers/" + id + "/report?format=pdf"}) {
            mvc.perform(get(path).with(httpBasic("acheteur-sud", TestAccounts.PASSWORD))).andExpect(status().isNotFound());
        }
        String list = mvc.perform(get("/api/dossiers").with(httpBasic("acheteur-sud", TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(id);
        // The pages answer the same way for the buyer of the other establishment, and for a guessed id.
        mvc.perform(get("/dossiers/" + id).with(user("acheteur-sud").roles("BUYER"))).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + UUID.randomUUID()).with(user("acheteur-nord").roles("BUYER"))).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/documents/" + UUID.randomUUID()).with(user("acheteur-sud").roles("BUYER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/" + id + "/rapport?format=json").with(user("acheteur-sud").roles("BUYER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOwnerAndTheGroupRolesReadIt() throws Exception {
        JsonNode body = ApiTest.deposit(mvc, "acheteur-nord", ApiTest.corpusFile("ght-convention", "convention.odt",
                "application/vnd.oasis.opendocument.text"));
        String id = body.path("id").asText();
        for (String who : new String[]{"acheteur-nord", "auditeur", "juriste"}) {
            mvc.perform(get("/api/dossiers/" + id + "/report").with(httpBasic(who, TestAccounts.PASSWORD))).andExpect(status().isOk());
        }
        String auditorList = mvc.perform(get("/api/dossiers").with(httpBasic("auditeur", TestAccounts.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(auditorList).contains(id, TestAccounts.NORD);
        mvc.perform(get("/dossiers/" + id).with(user("acheteur-nord").roles("BUYER"))).andExpect(status().isOk());
    }
}
