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
    private static volatile LanguageDetectorModel model;

    private LanguageDetector() {
    }

    public static Result detect(List<Sentence> sentences) {
        Map<String, Integer> votes = new HashMap<>();
        StringBuilder chunk = new StringBuilder();
        int chunks = 0;
        for (Sentence s : sentences) {
            chunk.append(s.text()).append(' ');
            if (chunk.length() >= CHUNK) {
                vote(chunk.toString(), votes);
                chunk.setLength(0);
                if (++chunks >= 40) {
                    break;
                }
            }
        }
        if (chunk.length() > 40 || votes.isEmpty() && chunk.length() > 0) {
            vote(chunk.toString(), votes);
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
        Language best = new LanguageDetectorME(model()).predictLanguage(text);
        if (best.getConfidence() > 0.02) {
            votes.merge(iso1(best.getLang()), 1, Integer::sum);
        }
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
