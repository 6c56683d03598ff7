package fr.vigie.facts;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The companies a sentence names by their legal form (« ArchiveNord Stockage SAS », « Nubivera Europe GmbH »), and
 * whether another sentence speaks of the same one — by its whole name or by its first word alone, which is what the rest
 * of a dossier often repeats (« Bleuroc, sous-traitant hébergeur, certifiée HDS » for « Bleuroc SAS »). Lets a rule
 * tell whether a register of sub-processors lists a host whose certificate another article states.
 */
public final class Companies {

    /** Up to four capitalised words, then a legal form (the forms are those of company law, not of a pack). */
    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}&'-]*)(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'-]*){0,3},?\\s+"
                    + "((?:SAS|SASU|SARL|SARLU|EURL|SA|SE|SCOP|GmbH|AG|BV|NV|SpA|S\\.p\\.A\\.|SRL|Srl|Inc\\.?|Ltd\\.?|LLC|PLC|plc"
                    + "|Corp\\.?|Corporation|Limited|Private Limited|Pvt\\.? Ltd\\.?|S\\.A\\.S\\.?|S\\.A\\.R\\.L\\.?|S\\.A\\.|S\\.L\\.|B\\.V\\.|N\\.V\\.|Oy|ApS|Sp\\. z o\\.o\\.))"
                    + "(?![\\p{L}\\p{N}])");
    private static final Pattern PARENT_BEFORE = Pattern.compile(
            "(?:filiale|societe mere|maison mere|groupe|detenue? par|controlee? par|appartenant (?:au groupe )?a?)\\s*(?:de |d'|du |de la )?$");
    /** Words that open a capitalised run without naming anyone (« La société X SAS », « Le Prestataire, X SAS »). */
    private static final Set<String> NOT_A_NAME = Set.of("la", "le", "les", "l'", "societe", "entreprise", "groupe",
            "filiale", "par", "chez", "avec", "entre", "et", "ou", "de", "du", "des", "un", "une");

    private Companies() {
    }

    /**
     * The names of the companies the text names, folded (lower case, no accents), without their legal form: the first
     * word then the others (« stratus backup services » for « Stratus Backup Services AG »).
     */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            String first = fold(m.group(1));
            String before = fold(text.substring(Math.max(0, m.start() - 30), m.start()));
            // « Cumulo Backup AG, filiale de Cumulo Hébergement SAS »: the parent describes the company, it is not named
            // as one the sentence speaks of.
            if (first.length() >= 3 && !NOT_A_NAME.contains(first) && !PARENT_BEFORE.matcher(before).find()) {
                String whole = fold(m.group().substring(0, m.group().length() - m.group(2).length()))
                        .replaceAll("[,\\s]+$", "").replaceAll("\\s+", " ");
                names.add(whole);
            }
        }
        return names;
    }

    /**
     * Whether the text mentions one of the companies: its whole name, or its first word alone (« Bleuroc, sous-traitant
     * hébergeur, certifiée » for « Bleuroc SAS ») — not the first word followed by other capitalised words, which name
     * another company of the same group (« Stratus Hébergement SAS » is not « Stratus Backup Services AG »).
     */
    public static boolean mentioned(Set<String> names, String text) {
        if (names.isEmpty() || text == null) {
            return false;
        }
        String folded = fold(text);
        for (String name : names) {
            if (containsWord(folded, name)) {
                return true;
            }
            int space = name.indexOf(' ');
            if (space > 0 && aloneIn(text, folded, name.substring(0, space))) {
                return true;
            }
        }
        return false;
    }

    /** The word stands in the text without a capitalised word after it (other than a legal form). */
    private static boolean aloneIn(String text, String folded, String word) {
        // Folding keeps the length of a text written with precomposed accents (one letter for one); otherwise the
        // word is taken as standing alone, the lenient side (it makes a company the certified one).
        boolean aligned = folded.length() == text.length();
        for (int end : wordEnds(folded, word)) {
            if (!aligned || !FOLLOWED_BY_NAME.matcher(text).region(end, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FOLLOWED_BY_NAME = Pattern.compile("\\s+(?!SAS|SARL|SA\\b|AG\\b|GmbH|Inc|Ltd|LLC)\\p{Lu}");

    private static boolean containsWord(String folded, String name) {
        return !wordEnds(folded, name).isEmpty();
    }

    /** Where each occurrence of {@code words} that stands as whole words ends in {@code folded}. */
    private static java.util.List<Integer> wordEnds(String folded, String words) {
        java.util.List<Integer> ends = new java.util.ArrayList<>();
        for (int at = folded.indexOf(words); at >= 0; at = folded.indexOf(words, at + 1)) {
            int end = at + words.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
            boolean endsWord = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (startsWord && endsWord) {
                ends.add(end);
            }
        }
        return ends;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
