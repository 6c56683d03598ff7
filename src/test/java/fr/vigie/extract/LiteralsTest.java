package fr.vigie.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralsTest {

    @Test
    void literalsComeFromMandatoryPrefixesOnly() {
        assertThat(Literals.required(List.of("heberg\\w*"))).containsExactly("heberg");
        assertThat(Literals.required(List.of("jours? ouvres?"))).containsExactly("jour");
        assertThat(Literals.required(List.of("(?:donnees|informations) de sante"))).containsExactly("donnees", "informations");
        assertThat(Literals.required(List.of("(?:le |la )?titulaire"))).isNull();
        assertThat(Literals.required(List.of("cloud act|fisa"))).containsExactly("cloud act", "fisa");
        assertThat(Literals.required(List.of("ue"))).isNull();
    }

    /** Soundness on the real vocabulary: whenever a topic's regex matches a sentence, one of its literals is there. */
    @Test
    void thePrefilterNeverHidesAMatchOfTheDefaultVocabulary() throws Exception {
        Vocabulary v = Vocabulary.load(Path.of("rules", "sante-cloud", "vocabulary"));
        List<String> sentences = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(Path.of("rules", "sante-cloud"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cases.yaml")).toList()) {
                java.nio.file.Files.readAllLines(f).forEach(l -> sentences.add(NormalizedText.normalize(l)));
            }
        }
        int checked = 0;
        for (var topic : v.topics.entrySet()) {
            List<String> literals = v.topicLiterals.get(topic.getKey());
            if (literals == null) {
                continue;
            }
            for (String s : sentences) {
                if (topic.getValue().matcher(s).find()) {
                    assertThat(Literals.anyIn(literals, s)).as(topic.getKey() + " in « " + s + " »").isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
