package fr.vigie.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompaniesTest {

    @Test
    void aCompanyIsNamedByItsLegalFormNotByTheWordsAroundIt() {
        assertThat(Companies.in("Les copies sont stockées par la société Coffrenord Archivage SARL, à Rouen."))
                .containsExactly("coffrenord archivage");
        assertThat(Companies.in("Le Prestataire héberge les données dans ses propres centres.")).isEmpty();
        // The parent company describes the subsidiary; the sentence speaks of the subsidiary.
        assertThat(Companies.in("Les sauvegardes sont confiées à Cumulo Backup AG, filiale de Cumulo Hébergement SAS."))
                .containsExactly("cumulo backup");
    }

    @Test
    void anotherSentenceMayNameTheCompanyByItsFirstWordButNotAnotherCompanyOfItsGroup() {
        var row = Companies.in("Bleuroc SAS | Infrastructure IaaS et sauvegardes | France");
        assertThat(Companies.mentioned(row, "Bleuroc, sous-traitant hébergeur, est certifiée HDS.")).isTrue();
        var backup = Companies.in("Stratus Backup Services AG | Sauvegardes | Bâle");
        assertThat(Companies.mentioned(backup, "Stratus Hébergement SAS est titulaire du certificat HDS.")).isFalse();
        assertThat(Companies.mentioned(backup, "Stratus Backup Services AG est certifiée HDS.")).isTrue();
    }
}
