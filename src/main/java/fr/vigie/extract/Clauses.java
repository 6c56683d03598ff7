package fr.vigie.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The clauses of a normalized sentence: where each starts and ends, which are negated, and the
 * span governed by an exception cue (« sauf … » runs to the end of its clause or sentence).
 */
final class Clauses {

    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    private final List<Boolean> negated = new ArrayList<>();
    private int exceptionStart = -1;
    private int exceptionEnd = -1;

    private static final Pattern BARE_NE = Pattern.compile("\\b(?:ne |n')");
    private static final Pattern NEGATIVE_SUBJECT = Pattern.compile("\\b(?:aucune?|nulle?|personne|rien)\\b");
    private static final Pattern RESTRICTIVE_RELATIVE = Pattern.compile("(?:qui|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels)\\b");

    private Clauses(String text) {
        this.text = text;
    }

    static Clauses of(LiteralScan.Hits hits, Vocabulary vocabulary) {
        String text = hits.text();
        Clauses c = new Clauses(text);
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        StartMatcher b = hits.matcher(vocabulary.cues.get("clause-break"));
        while (b.find()) {
            cuts.add(b.start());
        }
        int exception = hits.first(vocabulary.cues.get("exception"));
        if (exception >= 0) {
            c.exceptionStart = exception;
            cuts.add(exception);
        }
        cuts.add(text.length());
        // « L'Éditeur, qui n'est pas lui-même certifié, assure l'exploitation »: a relative clause set off by commas
        // ends at the next comma; the verb after it belongs to the main clause, outside the relative's negation.
        List<Integer> incises = new ArrayList<>();
        for (int cut : cuts) {
            if (cut > 0 && cut < text.length() && afterComma(text, cut)
                    && RESTRICTIVE_RELATIVE.matcher(text).region(cut, text.length()).lookingAt()) {
                int comma = text.indexOf(", ", cut);
                int next = cuts.stream().filter(x -> x > cut).min(Integer::compare).orElse(text.length());
                if (comma > cut && comma < next) {
                    incises.add(comma);
                }
            }
        }
        cuts.addAll(incises);
        List<Integer> sorted = cuts.stream().distinct().sorted().toList();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            int start = sorted.get(i);
            int end = sorted.get(i + 1);
            if (end > start) {
                c.spans.add(new int[] {start, end});
                String span = text.substring(start, end);
                Pattern negation = vocabulary.cues.get("negation");
                // A literal missing from the sentence is missing from each of its clauses.
                c.negated.add(hits.mayMatch(negation) && Literals.mayMatch(negation, span) && negation.matcher(span).find());
            }
        }
        // « il n'est soumis à aucune loi d'un pays tiers qui permettrait à ses autorités d'accéder aux données »: a
        // relative clause with no comma before it restricts the noun of the clause before; that clause's negation
        // governs it too. After a comma (« …, qui sont notifiés sous 24 heures ») it is a statement of its own.
        for (int i = 1; i < c.spans.size(); i++) {
            int start = c.spans.get(i)[0];
            if (!c.negated.get(i) && c.negated.get(i - 1)
                    && RESTRICTIVE_RELATIVE.matcher(text).region(start, text.length()).lookingAt() && !afterComma(text, start)) {
                c.negated.set(i, true);
            }
        }
        // « Aucun accès distant, y compris pour le support, ne peut être opéré depuis… »: a bare « ne » with no « pas »
        // completes the negative subject (« aucun », « nul ») of an earlier clause; the clause breaks between them
        // (« , y compris … , ») do not end that negation, and the clauses in between are denied with it.
        for (int i = 1; i < c.spans.size(); i++) {
            int[] span = c.spans.get(i);
            if (c.negated.get(i) || !BARE_NE.matcher(text).region(span[0], span[1]).find()) {
                continue;
            }
            // Back to the negative subject, never across a « ; » or a « : » (each starts a clause of its own).
            for (int j = i - 1; j >= 0 && !startsWithHardBreak(text, c.spans.get(j + 1)[0]); j--) {
                int[] previous = c.spans.get(j);
                if (c.negated.get(j) && NEGATIVE_SUBJECT.matcher(text).region(previous[0], previous[1]).find()
                        && !BARE_NE.matcher(text).region(previous[0], previous[1]).find()) {
                    for (int k = j + 1; k <= i; k++) {
                        c.negated.set(k, true);
                    }
                    break;
                }
            }
        }
        if (c.exceptionStart >= 0) {
            // The exception governs until the next hard break (« ; », « . ») or the end of the sentence.
            int end = text.length();
            for (int i = c.exceptionStart + 1; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == ';' || ch == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    end = i;
                    break;
                }
            }
            c.exceptionEnd = end;
        }
        return c;
    }

    private static boolean startsWithHardBreak(String text, int at) {
        char first = text.charAt(at);
        return first == ';' || first == ':';
    }

    private static boolean afterComma(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    private int indexAt(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (offset >= spans.get(i)[0] && offset < spans.get(i)[1]) {
                return i;
            }
        }
        return spans.size() - 1;
    }

    boolean negatedAt(int offset) {
        return !spans.isEmpty() && negated.get(indexAt(offset));
    }

    boolean exceptedAt(int offset) {
        return exceptionStart >= 0 && offset >= exceptionStart && offset < exceptionEnd;
    }

    boolean hasException() {
        return exceptionStart >= 0;
    }

    String clauseText(int offset) {
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(indexAt(offset));
        return text.substring(s[0], s[1]);
    }
}
