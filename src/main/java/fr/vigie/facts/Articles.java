package fr.vigie.facts;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article numbers of a contract: the one a sentence belongs to, and those it refers to. Used by the amendments of a
 * dossier (an article struck out or kept in force) and by rules that follow a cross-reference (« restitue les données
 * dans les conditions de l'article 16 »).
 */
public final class Articles {

    /** « 14.2 Le Titulaire… », « Article 6 – Sites », « ARTICLE 12. » : a number, then a capitalised word (not « 24 heures »). */
    private static final Pattern LEADING_ARTICLE = Pattern.compile(
            "^\\s*(?:(?:Article|ARTICLE|Art\\.|Section|SECTION|Clause|CLAUSE)\\s+)?(\\d+(?:\\.\\d+)*)\\.?\\)?\\s+(?:[–—-]\\s*)?\\p{Lu}");
    private static final Pattern SECTION_NUMBER =
            Pattern.compile("^\\s*(?:(?:Article|ARTICLE|Art\\.|Section|SECTION|Clause|CLAUSE)\\s*)?(\\d+(?:\\.\\d+)*)");
    /**
     * « l'article 16 », « aux articles 7.2 et 7.3 », « à la clause 9 », « conformément à la Section 11 » — not an
     * article of a law, a code, a regulation
     * or the CCAG (« l'article 28 du RGPD »); the piece named after it, if any (« de la convention »), in a second group.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\b(?:articles?|clauses?|sections?)\\s+(\\d+(?:\\.\\d+)*(?:(?:\\s*,\\s*|\\s+et\\s+)\\d+(?:\\.\\d+)*)*)"
                    + "(?![\\d-]|\\.\\d|\\s*(?:,\\s*)?(?:alin[ée]a|paragraphe)"
                    + "|\\s*(?:du|de la|de l'|des)\\s*(?:rgpd|r[èe]glement|code|ccag|d[ée]cret|loi|directive|norme))"
                    + "(\\s*(?:du|de la|de l'|des)\\s*(?:annexe|convention|contrat|cgu|cgv|ccap|cctp|dpa|accord|march[ée]|conditions))?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

    private Articles() {
    }

    /** The article a sentence belongs to: the number it starts with, else its section's; null when none. */
    public static String of(Evidence evidence) {
        return of(evidence.text(), evidence.section());
    }

    /** The same, from a sentence and the label of its section. */
    public static String of(String text, String sectionLabel) {
        Matcher leading = LEADING_ARTICLE.matcher(text);
        if (leading.find()) {
            return leading.group(1);
        }
        Matcher section = SECTION_NUMBER.matcher(sectionLabel == null ? "" : sectionLabel);
        return section.find() ? section.group(1) : null;
    }

    /**
     * The numbers of the articles a sentence refers to: of its own document when {@code otherPiece} is false, of
     * another piece it names (« l'article 16 de la convention ») when true.
     */
    public static Set<String> referencedBy(String text, boolean otherPiece) {
        Set<String> numbers = new LinkedHashSet<>();
        if (text.indexOf("rticle") < 0 && text.indexOf("RTICLE") < 0 && text.indexOf("lause") < 0
                && text.indexOf("ection") < 0 && text.indexOf("ECTION") < 0) {
            return numbers;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if ((m.group(2) != null) != otherPiece) {
                continue;
            }
            numbers.addAll(numbersIn(m.group(1)));
        }
        return numbers;
    }

    /** Each article number in a text that names several: « 5.2 et 7 », « 4, 6 et 9.1 ». */
    public static java.util.List<String> numbersIn(String text) {
        return NUMBER.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    /** Whether an article number is the one named or one of its sub-articles (« 6.3 » takes « 6.3.1 »). */
    public static boolean within(String article, String named) {
        return article != null && (article.equals(named) || article.startsWith(named + "."));
    }
}
