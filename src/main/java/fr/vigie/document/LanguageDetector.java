package fr.vigie.document;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detects the language of a document with OpenNLP's language model, on chunks of its sentences,
 * so that a bilingual document (French and English versions side by side) is recognised as such.
 */
public final class LanguageDetector {

    /** Main language (ISO 639-1) and whether a second language fills a substantial share. */
    public record Result(String language, boolean bilingual) {
    }

    private static final String MODEL = "/langdetect-183.bin";
    private static final int CHUNK = 600;
    private static final int MAX_VOTES = 5;
    private static volatile LanguageDetectorModel model;

    private LanguageDetector() {
    }

    public static Result detect(List<Sentence> sentences) {
        List<String> chunks = new java.util.ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (Sentence s : sentences) {
            chunk.append(s.text()).append(' ');
            if (chunk.length() >= CHUNK) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
        }
        if (chunk.length() > 40 || chunks.isEmpty() && chunk.length() > 0) {
            chunks.add(chunk.toString());
        }
        // The model is costly per character: vote on chunks spread evenly over the document, which still
        // sees a second language wherever it sits (annex in English, bilingual columns...).
        Map<String, Integer> votes = new HashMap<>();
        double step = Math.max(1.0, chunks.size() / (double) MAX_VOTES);
        for (double i = 0; i < chunks.size(); i += step) {
            vote(chunks.get((int) i), votes);
        }
        if (votes.isEmpty()) {
            return new Result("und", false);
        }
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<String, Integer>> ranked = votes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        boolean bilingual = ranked.size() > 1 && ranked.get(1).getValue() * 5 >= total && total >= 3;
        return new Result(ranked.get(0).getKey(), bilingual);
    }

    private static void vote(String text, Map<String, Integer> votes) {
        if (plainlyFrench(text)) {
            votes.merge("fr", 1, Integer::sum);
            return;
        }
        Language best = new LanguageDetectorME(model()).predictLanguage(text);
        if (best.getConfidence() > 0.02) {
            votes.merge(iso1(best.getLang()), 1, Integer::sum);
        }
    }

    /**
     * Words that are frequent in any French prose and absent from the other languages the contracts
     * mix with (English, Spanish, Italian, Portuguese, German); and the commonest English ones.
     */
    private static final java.util.Set<String> FRENCH = java.util.Set.of("les", "des", "du", "et", "est", "aux", "au",
            "une", "dans", "pour", "sur", "par", "cette", "ces", "sont", "être", "qui", "ne", "pas", "leur", "ou", "à");
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "and", "of", "to", "shall", "is", "be",
            "with", "for", "or", "any", "by");

    /**
     * A chunk whose running words are unmistakably French is voted French without the model: loading the
     * model costs most of a second of a cold start, and almost every document of a French tender is French.
     * Anything less clear-cut (English annexes, bilingual columns, tables of figures) goes to the model.
     */
    static boolean plainlyFrench(String text) {
        int words = 0;
        int french = 0;
        int english = 0;
        for (String token : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            words++;
            if (FRENCH.contains(token)) {
                french++;
            } else if (ENGLISH.contains(token)) {
                english++;
            }
        }
        return words >= 30 && french * 100 >= words * 12 && english * 100 < words * 2;
    }

    private static String iso1(String iso3) {
        return switch (iso3) {
            case "fra" -> "fr";
            case "eng" -> "en";
            case "deu" -> "de";
            case "spa" -> "es";
            case "ita" -> "it";
            case "nld" -> "nl";
            case "por" -> "pt";
            default -> iso3;
        };
    }

    private static LanguageDetectorModel model() {
        if (model == null) {
            synchronized (LanguageDetector.class) {
                if (model == null) {
                    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("Modèle de langue OpenNLP introuvable : " + MODEL);
                        }
                        model = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return model;
    }
}
