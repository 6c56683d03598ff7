package fr.vigie.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences with OpenNLP's French model, then repairs the model's splits
 * after legal abbreviations (« art. », « cf. », « L. 1111-8 », « n° ») that it takes for sentence ends.
 * Thread-safe: the model is shared, a detector is made per thread.
 */
final class SentenceSplitter {

    private static final String MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    /** Abbreviations that end with a period but never end a sentence (lower-cased, without the period). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "art", "arts", "al", "cf", "n", "no", "nos", "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "p", "pp",
            "env", "min", "max", "ex", "etc", "i.e", "e.g", "c.-à-d", "c-à-d", "vol", "chap", "sect", "ann", "réf",
            "ref", "tél", "tel", "fax", "st", "ste", "sté", "cass", "civ", "com", "soc", "crim", "ord", "déc", "dec",
            "l", "r", "d", "a", "s", "v", "vs", "op", "cit", "ibid", "inc", "ltd", "co", "corp", "sarl", "sas", "sa",
            "hab", "mio", "mds", "md", "jo", "b.o", "bo", "mo", "go", "to", "ko", "h");
    /** « 9.1 » alone is the number of the clause that follows, not a sentence. */
    private static final Pattern CLAUSE_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2}){0,4}\\.?");
    private static final Pattern LAST_TOKEN = Pattern.compile("([\\p{L}.-]+)\\.$");
    private static final SentenceModel SENTENCE_MODEL = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL));

    private SentenceSplitter() {
    }

    /**
     * The spans of paragraphs already split, flattened (start, end, start, end...): the contracts of a sweep repeat
     * the same clauses (a group's CCAP, a provider's terms), and the model is the costliest step of building a
     * document. The split depends on the paragraph alone. Bounded in characters of paragraphs (about 2 million,
     * a few megabytes); the system property {@code vigie.paragraph-cache.chars} changes it, 0 turns it off.
     */
    private static final Cache<String, int[]> SPLITS = cache(Long.getLong("vigie.paragraph-cache.chars", 2_000_000));

    private static Cache<String, int[]> cache(long maxWeight) {
        return maxWeight <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((String paragraph, int[] spans) -> paragraph.length() + spans.length)
                .build();
    }

    /** Sentence spans inside {@code paragraph}, trimmed, in order, covering every non-blank character. */
    static List<int[]> split(String paragraph) {
        int[] flat = SPLITS == null ? detect(paragraph) : SPLITS.get(paragraph, SentenceSplitter::detect);
        List<int[]> spans = new ArrayList<>(flat.length / 2);
        for (int i = 0; i < flat.length; i += 2) {
            spans.add(new int[] {flat[i], flat[i + 1]});
        }
        return spans;
    }

    /** The paragraph as one sentence, trimmed (a table row read whole); none when it is blank. */
    static List<int[]> whole(String paragraph) {
        return trim(paragraph, List.of(new int[] {0, paragraph.length()}));
    }

    private static int[] detect(String paragraph) {
        List<int[]> spans = split(paragraph, DETECTOR.get());
        int[] flat = new int[2 * spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            flat[2 * i] = spans.get(i)[0];
            flat[2 * i + 1] = spans.get(i)[1];
        }
        return flat;
    }

    private static List<int[]> split(String paragraph, SentenceDetectorME detector) {
        Span[] spans = detector.sentPosDetect(paragraph);
        List<int[]> merged = new ArrayList<>();
        for (Span span : spans) {
            int start = span.getStart();
            int end = span.getEnd();
            if (!merged.isEmpty() && (endsWithAbbreviation(paragraph, merged.get(merged.size() - 1)[1])
                    || CLAUSE_NUMBER.matcher(paragraph.substring(merged.get(merged.size() - 1)[0], merged.get(merged.size() - 1)[1]).strip()).matches())) {
                merged.get(merged.size() - 1)[1] = end;
            } else {
                merged.add(new int[] {start, end});
            }
        }
        if (merged.isEmpty() && !paragraph.isBlank()) {
            merged.add(new int[] {0, paragraph.length()});
        }
        return trim(paragraph, cover(paragraph, merged));
    }

    private static boolean endsWithAbbreviation(String text, int end) {
        String before = text.substring(Math.max(0, end - 20), end);
        var m = LAST_TOKEN.matcher(before);
        if (!m.find()) {
            return false;
        }
        String token = m.group(1).toLowerCase(Locale.ROOT);
        int lastSpace = token.lastIndexOf(' ');
        token = lastSpace >= 0 ? token.substring(lastSpace + 1) : token;
        // « n° » is written with the degree sign; the model sometimes splits after « n°. ».
        return ABBREVIATIONS.contains(token) || token.length() == 1 && Character.isLetter(token.charAt(0));
    }

    /** OpenNLP may leave gaps between spans; extend each span to the next so no text is lost. */
    private static List<int[]> cover(String text, List<int[]> spans) {
        for (int i = 0; i < spans.size(); i++) {
            int nextStart = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            spans.get(i)[1] = Math.max(spans.get(i)[1], nextStart);
        }
        if (!spans.isEmpty()) {
            spans.get(0)[0] = 0;
        }
        return spans;
    }

    private static List<int[]> trim(String text, List<int[]> spans) {
        List<int[]> result = new ArrayList<>();
        for (int[] s : spans) {
            int a = s[0];
            int b = s[1];
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                result.add(new int[] {a, b});
            }
        }
        return result;
    }

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("Modèle de phrases OpenNLP introuvable : " + MODEL);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
