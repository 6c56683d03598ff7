package fr.vigie.document;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentBuilderTest {

    @Test
    void ligaturesExoticSpacesAndSoftHyphensAreNormalized() {
        assertThat(TextNormalizer.line("\uFB01nancement\u00A0de\u202Fl\u2019o\u00ADpération\u200B"))
                .isEqualTo("financement de l\u2019opération");
    }

    /** The one-pass normalizer against its definition in regular expressions, on random mixes of the characters it handles. */
    @Test
    void lineNormalizationMatchesItsRegexDefinition() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\u00A0\\u2007\\u202F\\u2009\\u200A\\u2002\\u2003\\t\\f\\u000B]+");
        java.util.regex.Pattern control = java.util.regex.Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F\\u00AD\\u200B\\uFEFF]");
        String alphabet = "ab é\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\f\u000B\n\r\u0000\u0008\u000E\u001F\u007F\u00AD"
                + "\u200B\uFEFF\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06\u0153\u2028\u3000";
        java.util.Random random = new java.util.Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = b.toString();
            String s = raw.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl")
                    .replace("\uFB03", "ffi").replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st");
            s = control.matcher(s).replaceAll("");
            s = spaces.matcher(s).replaceAll(" ");
            String expected = s.replaceAll(" {2,}", " ").strip();
            assertThat(TextNormalizer.line(raw)).as(raw.chars().mapToObj(Integer::toHexString).toList().toString())
                    .isEqualTo(expected);
        }
    }

    @Test
    void hyphenatedLineEndsAreJoinedAndWrappedNumberedClausesAreNotHeadings() {
        List<Line> lines = List.of(
                new Line("ARTICLE 9 – RÉVERSIBILITÉ", 1, 0, true),
                new Line("9.1 Le Titulaire assure la réversi-", 1, 0, true),
                new Line("bilité des données.", 1, 0, false),
                new Line("9.2", 2, 0, true),
                new Line("La durée est de six mois.", 2, 0, false));
        Document d = build(lines, 2);
        assertThat(d.sections()).extracting(Section::label).containsExactly("Article 9 – RÉVERSIBILITÉ");
        assertThat(d.sentences()).extracting(Sentence::text).contains("9.1 Le Titulaire assure la réversibilité des données.");
        Sentence second = d.sentences().stream().filter(s -> s.text().contains("six mois")).findFirst().orElseThrow();
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.section().number()).isEqualTo("Article 9");
    }

    @Test
    void runningLinesAndPageNumbersAreDroppedButRealTextIsKept() {
        List<Line> lines = new java.util.ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            lines.add(new Line("Contrat SaaS — Hôpital de Valmont", p, 0, true));
            lines.add(new Line("Clause propre à la page " + (char) ('A' + p) + " du contrat.", p, 0, true));
            lines.add(new Line("- " + p + " -", p, 0, true));
        }
        Document d = build(lines, 4);
        assertThat(d.text()).doesNotContain("Hôpital de Valmont").doesNotContain("- 2 -");
        assertThat(d.sentences()).hasSize(4).allSatisfy(s -> assertThat(s.text()).startsWith("Clause propre"));
    }

    @Test
    void aSentenceCutByAColumnOrPageBreakStaysOneSentence() {
        List<Line> lines = List.of(
                new Line("Article 9.", 1, 0, true),
                new Line("Les documents sont remis sous une forme exploitable, dans des formats", 1, 0, false),
                new Line("standards (CDA, PDF/A), dans un délai de trois mois.", 2, 0, true),
                new Line("Un nouvel alinéa commence ici.", 2, 0, true));
        Document d = build(lines, 2);
        assertThat(d.sentences()).extracting(Sentence::text).containsExactly(
                "Les documents sont remis sous une forme exploitable, dans des formats standards (CDA, PDF/A), dans un délai de trois mois.",
                "Un nouvel alinéa commence ici.");
        assertThat(d.sentences().get(0).page()).isEqualTo(1);
    }

    @Test
    void aClauseWrittenOnTheArticleLineIsBodyTextUnderTheArticle() {
        List<Line> lines = List.of(
                new Line("Article 4. Les sauvegardes sont conservées dans le centre de données de", 1, 0, true),
                new Line("Tours.", 1, 0, false),
                new Line("Article 5 – Réversibilité", 1, 0, true),
                new Line("Le Titulaire restitue les données.", 1, 0, true));
        Document d = build(lines, 1);
        assertThat(d.sections()).extracting(Section::number).containsExactly("Article 4", "Article 5");
        assertThat(d.sections()).extracting(Section::heading).containsExactly("", "Réversibilité");
        assertThat(d.sentences().get(0).text()).isEqualTo("Les sauvegardes sont conservées dans le centre de données de Tours.");
        assertThat(d.sentences().get(0).section().number()).isEqualTo("Article 4");
    }

    @Test
    void aRunInHeadingIsTheSectionOfItsClauseButASentenceIsNotAHeading() {
        List<Line> lines = List.of(
                new Line("3. Sous-traitance. Le Prestataire recourt aux sous-traitants de son choix.", 1, 0, true),
                new Line("Section 7. Audits. Vous acceptez les rapports SOC 2.", 1, 0, true),
                new Line("8. Le Titulaire est certifié. Il transmet son certificat.", 1, 0, true));
        Document d = build(lines, 1);
        assertThat(d.sections()).extracting(Section::heading).startsWith("Sous-traitance", "Audits");
        assertThat(d.sentences().get(0).text()).isEqualTo("Le Prestataire recourt aux sous-traitants de son choix.");
        assertThat(d.sentences().get(0).section().heading()).isEqualTo("Sous-traitance");
        assertThat(d.sentences().get(1).section().number()).isEqualTo("Section 7");
        assertThat(d.sections()).extracting(Section::heading).doesNotContain("Le Titulaire est certifié");
        assertThat(d.sentences()).extracting(Sentence::text).contains("8. Le Titulaire est certifié.");
    }

    @Test
    void aValueRowIsReadWithTheRowItCompletes() {
        List<Line> lines = List.of(
                new Line("Indicateur : disponibilité du service", 1, 0, true),
                new Line("Valeur garantie : 99,8 %", 1, 0, false),
                new Line("Exclusions : maintenances programmées", 1, 0, false));
        Document d = build(lines, 1);
        assertThat(d.sentences()).extracting(Sentence::text)
                .containsExactly("Indicateur : disponibilité du service Valeur garantie : 99,8 %", "Exclusions : maintenances programmées");
    }

    @Test
    void aHyphenatedTitleWordDoesNotMakeTheHeadingASentence() {
        List<Line> lines = List.of(
                new Line("Article 6 – Sous-traitance ultérieure", 1, 0, true),
                new Line("Le Prestataire informe l'Établissement de tout changement.", 1, 0, true));
        Document d = build(lines, 1);
        assertThat(d.sections()).extracting(Section::heading).contains("Sous-traitance ultérieure");
        assertThat(d.sentences().get(0).text()).isEqualTo("Le Prestataire informe l'Établissement de tout changement.");
    }

    @Test
    void anArticleNumberedInWordsIsAHeading() {
        List<Line> lines = List.of(
                new Line("ARTICLE SIX – TRANSFERTS HORS DE L'UNION EUROPÉENNE", 1, 0, true),
                new Line("Aucun transfert n'est réalisé hors de l'Union.", 1, 0, true),
                new Line("Article vingt-deux – Résiliation", 1, 0, true),
                new Line("Le marché peut être résilié.", 1, 0, true));
        Document d = build(lines, 1);
        assertThat(d.sections()).extracting(Section::number).contains("Article SIX", "Article vingt-deux");
        assertThat(d.sentences()).extracting(Sentence::text)
                .containsExactly("Aucun transfert n'est réalisé hors de l'Union.", "Le marché peut être résilié.");
    }

    @Test
    void rowsOfLabelsAndValuesAreSentencesOfTheirOwn() {
        List<Line> lines = List.of(
                new Line("Délai de prise en compte d'un incident bloquant : 30 min", 1, 0, true),
                new Line("Délai de rétablissement d'un incident bloquant : 2 h", 1, 0, false),
                new Line("Le Titulaire remet un rapport", 1, 0, true),
                new Line("mensuel : disponibilité et délais.", 1, 0, false));
        Document d = build(lines, 1);
        assertThat(d.sentences()).extracting(Sentence::text).containsExactly(
                "Délai de prise en compte d'un incident bloquant : 30 min",
                "Délai de rétablissement d'un incident bloquant : 2 h",
                "Le Titulaire remet un rapport mensuel : disponibilité et délais.");
    }

    private static Document build(List<Line> lines, int pages) {
        return DocumentBuilder.build("x.pdf", "0", "application/pdf", lines, pages, Set.of(), List.of());
    }

    @Test
    void endsWithStopAgreesWithTheExpressionsItReplaces() {
        for (String text : java.util.List.of("", ".", "a", "Le titulaire.", "Le titulaire", "article 3 :", "(voir ci-dessous)",
                "« cité »", "fin ?", "fin !", "a;", "deux\nlignes.", "deux\nlignes", "nel\u0085.", "sep\u2028.", "x.\n",
                "x\u0085", "point. suivi", "5.3")) {
            assertThat(DocumentBuilder.endsWithStop(text, false)).as(text).isEqualTo(text.matches(".*[.:;!?»)]$"));
            assertThat(DocumentBuilder.endsWithStop(text, true)).as(text).isEqualTo(text.matches("(?s).*[.:;!?»)]$"));
        }
    }
}
