package fr.vigie.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the headings of French legal drafting: « Article 12 », « ARTICLE 5 – RÉVERSIBILITÉ »,
 * « Art. 7 : Sécurité », « Annexe 3 », « TITRE II », « Chapitre 1 », « 12.3 Durée », « 4.2.1 Sauvegardes ».
 * These are words of document structure, shared by every pack, not legal vocabulary.
 */
final class SectionDetector {

    /** A heading found on a line. */
    record Heading(String number, String title, int level) {
    }

    private static final String SEP = "\\s*(?:[-–—:.)]\\s*)?";
    /** « ARTICLE SIX – TRANSFERTS », « Article vingt-deux » : the number written in words. */
    private static final String NUMBER_WORDS = "(?i:(?:dix-sept|dix-huit|dix-neuf|vingt(?:[- ]et[- ]un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?"
            + "|trente|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize))";
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?i:article|art\\.)\\s+((?:\\d+(?:[.-]\\d+)*|[IVXLC]+|premier|1er|unique|" + NUMBER_WORDS + ")(?:\\s?bis|\\s?ter)?)\\b" + SEP + "(.*)$");
    private static final Pattern PART = Pattern.compile(
            "^((?i:titre|partie|chapitre|section|annexe|appendice))\\s+((?:\\d+|[IVXLC]+|[A-Z]|premier|unique)(?:\\.\\d+)*)\\b" + SEP + "(.*)$");
    /** « ANNEXE SLA – ENGAGEMENTS DE NIVEAU DE SERVICE », « Appendice RGPD »: an annex named by an acronym. */
    private static final Pattern LABELLED_ANNEX = Pattern.compile(
            "^((?i:annexe|appendice))\\s+(\\p{Lu}{2,10})\\b" + SEP + "(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})\\.?\\s+(\\p{Lu}.{1,110})$");
    private static final Pattern EXIGENCE = Pattern.compile("^((?i:exigence)\\s+[A-Z0-9][\\w.-]*)" + SEP + "(.*)$");

    /**
     * The first characters a heading pattern can match: « a » or « A » (article, art., annexe, appendice), the
     * first letters of titre, partie, chapitre, section and exigence in either case (the patterns' (?i) folds ASCII
     * only), and a digit (a numbered heading). Indexed by char, 128 for any other.
     */
    private static final boolean[] MAY_START_HEADING = new boolean[129];

    static {
        for (char c : "aAtTpPcCsSeE0123456789".toCharArray()) {
            MAY_START_HEADING[c] = true;
        }
    }

    private SectionDetector() {
    }

    static Optional<Heading> detect(String line, int styleLevel) {
        if (line.length() > 160) {
            return Optional.empty();
        }
        if (line.isEmpty() || !MAY_START_HEADING[Math.min(line.charAt(0), 128)]) {
            // None of the patterns can match (most lines of a contract): only a heading style makes it a heading.
            return styleLevel > 0 && !line.isBlank() ? Optional.of(new Heading("", clean(line), styleLevel)) : Optional.empty();
        }
        Matcher m = ARTICLE.matcher(line);
        if (m.matches() && looksLikeTitle(m.group(2))) {
            String number = "Article " + m.group(1);
            int depth = m.group(1).split("[.-]").length - 1;
            return Optional.of(new Heading(number, clean(m.group(2)), 3 + depth));
        }
        m = PART.matcher(line);
        if (m.matches() && looksLikeTitle(m.group(3))) {
            String kind = capitalize(m.group(1).toLowerCase(java.util.Locale.ROOT));
            int level = switch (kind) {
                case "Titre", "Partie", "Annexe", "Appendice" -> 1;
                case "Chapitre" -> 2;
                default -> 3;
            };
            return Optional.of(new Heading(kind + " " + m.group(2), clean(m.group(3)), level));
        }
        m = LABELLED_ANNEX.matcher(line);
        if (m.matches() && looksLikeTitle(m.group(3))) {
            return Optional.of(new Heading(capitalize(m.group(1).toLowerCase(java.util.Locale.ROOT)) + " " + m.group(2),
                    clean(m.group(3)), 1));
        }
        m = EXIGENCE.matcher(line);
        if (m.matches() && looksLikeTitle(m.group(2))) {
            return Optional.of(new Heading(m.group(1), clean(m.group(2)), 4));
        }
        m = NUMBERED.matcher(line);
        if (m.matches() && looksLikeTitle(m.group(2)) && !m.group(2).endsWith(",")) {
            int depth = m.group(1).split("\\.").length;
            return Optional.of(new Heading(m.group(1), clean(m.group(2)), 2 + depth));
        }
        if (styleLevel > 0 && !line.isBlank()) {
            return Optional.of(new Heading("", clean(line), styleLevel));
        }
        return Optional.empty();
    }

    /** A heading title is short and is not a sentence: no final period, semicolon or colon-led clause. */
    private static boolean looksLikeTitle(String rest) {
        String t = rest.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.length() > 100) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != ';' && last != ',' || t.endsWith("etc.");
    }

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:–—-]+$");

    private static String clean(String title) {
        return TRAILING_PUNCTUATION.matcher(title.strip()).replaceAll("");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
