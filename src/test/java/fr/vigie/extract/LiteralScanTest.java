package fr.vigie.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts of the extractor — one Aho–Corasick pass for the prefilter, topics split into alternatives, matches
 * tried only where a start literal stands — against plain regexes, on the real vocabulary and every sentence of
 * the fixtures and the corpus: they must find exactly the same thing.
 */
class LiteralScanTest {

    private static Vocabulary vocabulary;
    private static List<String> sentences;
    private static Map<String, Pattern> patterns;
    private static LiteralScan scan;

    @BeforeAll
    static void load() throws Exception {
        vocabulary = Vocabulary.load(Path.of("rules", "sante-cloud", "vocabulary"));
        sentences = new ArrayList<>();
        for (Path root : List.of(Path.of("rules", "sante-cloud"), Path.of("corpus"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".cases.yaml") || p.toString().endsWith(".txt")).toList()) {
                    Files.readAllLines(f).forEach(l -> sentences.add(NormalizedText.normalize(l)));
                }
            }
        }
        patterns = new LinkedHashMap<>();
        vocabulary.cues.forEach((k, p) -> patterns.put("cue " + k, p));
        vocabulary.parties.forEach((k, p) -> patterns.put("party " + k, p));
        vocabulary.roles.forEach((k, p) -> patterns.put("role " + k, p));
        patterns.put("role-universal", vocabulary.roleUniversal);
        for (int i = 0; i < vocabulary.places.size(); i++) {
            Vocabulary.Place place = vocabulary.places.get(i);
            patterns.put("place " + i + " " + place.label(), place.pattern());
            if (place.sites() != null) {
                patterns.put("sites " + i + " " + place.label(), place.sites());
            }
        }
        vocabulary.schemes.forEach(s -> patterns.put("scheme " + s.id(), s.pattern()));
        vocabulary.units.forEach(u -> patterns.put("unit " + u.name(), u.pattern()));
        vocabulary.topicParts.forEach((k, parts) -> {
            for (int i = 0; i < parts.size(); i++) {
                patterns.put("topic " + k + " #" + i, parts.get(i));
            }
        });
        scan = LiteralScan.builder().addAll(patterns.values()).build();
    }

    @Test
    void startLiteralsOfAlternatives() {
        assertThat(Literals.starts("heberg\\w*")).containsExactly("heberg");
        assertThat(Literals.starts("jours? ouvres?")).containsExactly("jour");
        assertThat(Literals.starts("(?:le |l')?titulaire")).containsExactly("le ", "l'", "titulaire");
        assertThat(Literals.starts("\\bp0\\b|u\\.e\\.")).containsExactly("p0", "u.e.");
        assertThat(Literals.starts("(?<![\\p{L}\\p{N}])(?:(?:sauf)|(?:hormis))(?![\\p{L}])")).containsExactly("sauf", "hormis");
        assertThat(Literals.starts("(?<num>\\d+|(?:un|deux)(?: virgule)?)\\s*h")).contains("0", "9", "un", "deux").hasSize(12);
        assertThat(Literals.starts("[1-3]x|9[0-5]")).containsExactly("1", "2", "3", "9");
        assertThat(Literals.starts("s?ans")).containsExactly("s", "ans");
        assertThat(Literals.starts("(?!)")).isEmpty();
        assertThat(Literals.starts("^objet")).isNull();
        assertThat(Literals.starts(".{0,40}garanti")).isNull();
        assertThat(Literals.starts("[^.;]+ heures")).isNull();
        assertThat(Literals.starts("(?:le )?")).isNull();
        assertThat(Literals.starts("\\w+ment")).isNull();
        assertThat(Literals.startsAfterNonWord("(?<![\\p{L}\\p{N}])(?:sauf|hormis)")).isTrue();
        assertThat(Literals.startsAfterNonWord("(?<![\\p{L}\\p{N}.,/])\\d+ h")).isTrue();
        assertThat(Literals.startsAfterNonWord("(?<![\\p{L}\\p{N}])sauf|hormis")).isFalse();
        assertThat(Literals.startsAfterNonWord("(?<![\\p{L}])sauf")).isFalse();
    }

    /** The automaton finds the same literals as String.contains. */
    @Test
    void oneScanAgreesWithThePerPatternPrefilter() {
        for (String s : sentences) {
            LiteralScan.Hits hits = scan.scan(s);
            patterns.forEach((name, p) -> assertThat(hits.mayMatch(p)).as(name + " in « " + s + " »")
                    .isEqualTo(Literals.mayMatch(p, s)));
        }
    }

    /** Tried only where a start literal stands, a pattern finds the same matches, in the same order, as find(). */
    @Test
    void startLiteralsFindEveryMatch() {
        int matches = 0;
        for (String s : sentences) {
            LiteralScan.Hits hits = scan.scan(s);
            for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
                Matcher plain = e.getValue().matcher(s);
                StartMatcher fast = hits.matcher(e.getValue());
                while (plain.find()) {
                    assertThat(fast.find()).as(e.getKey() + " in « " + s + " »").isTrue();
                    assertThat(new int[] {fast.start(), fast.end()}).as(e.getKey() + " in « " + s + " »")
                            .containsExactly(plain.start(), plain.end());
                    matches++;
                }
                assertThat(fast.find()).as(e.getKey() + " in « " + s + " »").isFalse();
            }
        }
        assertThat(matches).isGreaterThan(5000);
    }

    /** A topic split into its alternatives starts where the whole alternation starts. */
    @Test
    void topicsStartWhereTheirAlternationStarts() {
        Topics topics = new Topics(vocabulary.topicParts, scan);
        int found = 0;
        for (String s : sentences) {
            Map<String, Integer> expected = new LinkedHashMap<>();
            vocabulary.topics.forEach((id, p) -> {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    expected.put(id, m.start());
                }
            });
            assertThat(topics.offsets(scan.scan(s))).as(s).containsExactlyEntriesOf(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(2000);
    }
}
