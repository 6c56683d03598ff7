package fr.vigie.facts;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The companies a sentence names by their legal form (« ArchiveNord Stockage SAS », « Nubivera Europe GmbH »), reduced
 * to the first word of their name, which is what the rest of a dossier repeats (« Bleuroc, sous-traitant hébergeur,
 * certifiée HDS » for « Bleuroc SAS »). Lets a rule tell whether two sentences speak of the same company: a register
 * of sub-processors lists the host without its certificate that another article states.
 */
public final class Companies {

    /** Up to four capitalised words, then a legal form (the forms are those of company law, not of a pack). */
    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}&'-]*)(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'-]*){0,3},?\\s+"
                    + "(?:SAS|SASU|SARL|SARLU|EURL|SA|SE|SCOP|GmbH|AG|BV|NV|SpA|S\\.p\\.A\\.|SRL|Srl|Inc\\.?|Ltd\\.?|LLC|PLC|plc"
                    + "|Corp\\.?|Corporation|Limited|Private Limited|Pvt\\.? Ltd\\.?|S\\.A\\.S\\.?|S\\.A\\.R\\.L\\.?|S\\.A\\.|S\\.L\\.)"
                    + "(?![\\p{L}\\p{N}])");
    /** Words that open a capitalised run without naming anyone (« La société X SAS », « Le Prestataire, X SAS »). */
    private static final Set<String> NOT_A_NAME = Set.of("la", "le", "les", "l'", "societe", "entreprise", "groupe",
            "filiale", "par", "chez", "avec", "entre", "et", "ou", "de", "du", "des", "un", "une");

    private Companies() {
    }

    /** The first distinctive word of each company the text names, folded (lower case, no accents). */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            String first = fold(m.group(1));
            if (first.length() >= 3 && !NOT_A_NAME.contains(first)) {
                names.add(first);
            }
        }
        return names;
    }

    /** Whether the text mentions, as a word, one of the companies' names. */
    public static boolean mentioned(Set<String> names, String text) {
        if (names.isEmpty() || text == null) {
            return false;
        }
        String folded = fold(text);
        for (String name : names) {
            int at = folded.indexOf(name);
            while (at >= 0) {
                int end = at + name.length();
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
                boolean endsWord = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
                if (startsWord && endsWord) {
                    return true;
                }
                at = folded.indexOf(name, at + 1);
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
