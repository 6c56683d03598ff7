package fr.vigie.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralsTest {

    @Test
    void literalsComeFromMandatoryElementsOnly() {
        assertThat(Literals.required(List.of("heberg\\w*"))).containsExactly("heberg");
        assertThat(Literals.required(List.of("jours? ouvres?"))).containsExactly(" ouvre");
        assertThat(Literals.required(List.of("(?:donnees|informations) de sante"))).containsExactly(" de sante");
        assertThat(Literals.required(List.of("(?:le |la )?titulaire"))).containsExactly("titulaire");
        assertThat(Literals.required(List.of("(?:une|1|deux|2) fois par (?:an|annee)"))).containsExactly(" fois par ");
        assertThat(Literals.required(List.of("(?<!\\bne\\b[^.;]{0,80})sans (?:accord|avis)"))).containsExactly("sans ");
        assertThat(Literals.required(List.of("(?<![\\p{L}\\p{N}])(?:(?:reversibilite)|(?:plan de (?:sortie|transition)))(?![\\p{L}])")))
                .containsExactly("reversibilite", "plan de ");
        assertThat(Literals.required(List.of("24 ?h? ?(?:/|sur) ?24"))).isNull();
        assertThat(Literals.required(List.of("(?i)titulaire"))).isNull();
        assertThat(Literals.required(List.of("cloud act|fisa"))).containsExactly("cloud act", "fisa");
        assertThat(Literals.required(List.of("ue"))).isNull();
    }

    /** Soundness on the real vocabulary: whenever one of its regexes matches a sentence, the prefilter lets it through. */
    @Test
    void thePrefilterNeverHidesAMatchOfTheDefaultVocabulary() throws Exception {
        Vocabulary v = Vocabulary.load(Path.of("rules", "sante-cloud", "vocabulary"));
        List<String> sentences = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(Path.of("rules", "sante-cloud"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cases.yaml")).toList()) {
                java.nio.file.Files.readAllLines(f).forEach(l -> sentences.add(NormalizedText.normalize(l)));
            }
        }
        try (var files = java.nio.file.Files.walk(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                java.nio.file.Files.readAllLines(f).forEach(l -> sentences.add(NormalizedText.normalize(l)));
            }
        }
        List<Pattern> patterns = new java.util.ArrayList<>(v.topics.values());
        patterns.addAll(v.cues.values());
        patterns.addAll(v.parties.values());
        patterns.addAll(v.roles.values());
        v.places.forEach(p -> patterns.add(p.pattern()));
        v.schemes.forEach(s -> patterns.add(s.pattern()));
        int checked = 0;
        int guarded = 0;
        for (Pattern pattern : patterns) {
            boolean hasGuard = Literals.required(List.of(pattern.pattern())) != null;
            guarded += hasGuard ? 1 : 0;
            for (String s : sentences) {
                if (pattern.matcher(s).find()) {
                    assertThat(Literals.mayMatch(pattern, s)).as(pattern.pattern() + " in « " + s + " »").isTrue();
                    checked += hasGuard ? 1 : 0;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(guarded).as("patterns with a prefilter").isGreaterThan(patterns.size() * 3 / 4);
    }
}
