package fr.vigie.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlesTest {

    @Test
    void aReferenceToAnArticleOfTheSameDocumentIsReadToTheEndOfTheSentence() {
        assertThat(Articles.referencedBy("Le Titulaire restitue les données selon les modalités de l'article 21.", false))
                .containsExactly("21");
        assertThat(Articles.referencedBy("Voir les articles 7.2 et 7.3, puis la clause 9.", false))
                .containsExactly("7.2", "7.3", "9");
    }

    @Test
    void lawsAndParagraphsAreNoArticleOfTheContractAndANamedPieceIsAnother() {
        assertThat(Articles.referencedBy("conformément à l'article 28 du RGPD et à l'article 33 du règlement", false)).isEmpty();
        assertThat(Articles.referencedBy("le deuxième alinéa de l'article 9, alinéa 2", false)).isEmpty();
        String annex = "Dans le cadre de l'article 16 de la convention, l'extraction comprend les éléments suivants.";
        assertThat(Articles.referencedBy(annex, false)).isEmpty();
        assertThat(Articles.referencedBy(annex, true)).containsExactly("16");
    }

    @Test
    void aSentenceBelongsToItsLeadingNumberElseToItsSectionAndSubArticlesAreWithin() {
        assertThat(Articles.of(new Evidence("c.txt", 1, "Article 16 – Fin", "16.1 Sur devis, le Titulaire exporte.", 0, 1)))
                .isEqualTo("16.1");
        assertThat(Articles.of(new Evidence("c.txt", 1, "Section 19 – Droit applicable", "Le droit de New York s'applique.", 0, 1)))
                .isEqualTo("19");
        // A figure at the start of a sentence is not an article number.
        assertThat(Articles.of(new Evidence("c.txt", 1, "", "24 heures sur 24.", 0, 1))).isNull();
        assertThat(Articles.within("16.1", "16")).isTrue();
        assertThat(Articles.within("161", "16")).isFalse();
    }
}
