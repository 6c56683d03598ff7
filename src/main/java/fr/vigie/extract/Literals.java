package fr.vigie.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives, from a list of vocabulary patterns, literal strings one of which must occur in any text the
 * patterns match — a cheap test that skips the regular expressions on most sentences. Sound by
 * construction: a pattern with a top-level alternative that has no mandatory plain literal of three
 * characters or more yields no prefilter (null), and the regex then always runs.
 */
final class Literals {

    private static final int MIN = 3;

    private Literals() {
    }

    /** Required literals, or null when the patterns cannot be prefiltered. */
    static List<String> required(List<String> patterns) {
        if (patterns.stream().anyMatch(p -> p.contains("(?i") || p.contains("(?u") || p.contains("(?x"))) {
            return null; // inline flags change what a literal means
        }
        List<String> literals = new ArrayList<>();
        for (String pattern : patterns) {
            List<String> own = ofPattern(pattern);
            if (own == null) {
                return null;
            }
            literals.addAll(own);
        }
        return literals.isEmpty() ? null : literals;
    }

    private static List<String> ofPattern(String pattern) {
        List<String> literals = new ArrayList<>();
        for (String alternative : topLevelAlternatives(pattern)) {
            List<String> own = ofAlternative(alternative);
            if (own == null) {
                return null;
            }
            literals.addAll(own);
        }
        return literals;
    }

    /**
     * Scans an alternative as a sequence of elements and keeps the most selective mandatory one: a run of plain
     * characters none of which a quantifier makes optional, or a mandatory group whose alternatives all yield
     * literals. Optional elements, character classes, escapes and lookarounds only end the current run.
     */
    private static List<String> ofAlternative(String a) {
        List<List<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < a.length()) {
            char c = a.charAt(i);
            if (c == '(') {
                endRun(run, candidates);
                int close = matchingParen(a.substring(i));
                if (close < 0) {
                    return null;
                }
                close += i;
                int after = close + 1;
                boolean optional = after < a.length() && isOptionalQuantifier(a.charAt(after));
                String inner = a.substring(i + 1, close);
                boolean lookaround = inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=")
                        || inner.startsWith("?<!");
                if (!optional && !lookaround) {
                    List<String> own = ofPattern(groupBody(inner));
                    if (own != null && !own.isEmpty()) {
                        candidates.add(own);
                    }
                }
                i = skipQuantifier(a, after);
            } else if (c == '[') {
                endRun(run, candidates);
                int j = i + 1;
                while (j < a.length() && a.charAt(j) != ']') {
                    j += a.charAt(j) == '\\' ? 2 : 1;
                }
                i = skipQuantifier(a, j + 1);
            } else if (c == '\\') {
                endRun(run, candidates);
                i = skipQuantifier(a, i + 2);
            } else if (isPlain(c)) {
                char next = i + 1 < a.length() ? a.charAt(i + 1) : 0;
                if (isOptionalQuantifier(next)) {
                    endRun(run, candidates);
                    i = skipQuantifier(a, i + 1);
                } else {
                    run.append(c);
                    if (next == '+') {
                        endRun(run, candidates);
                        i += 2;
                    } else {
                        i++;
                    }
                }
            } else {
                // « . », anchors and anything unforeseen: not a literal, and maybe quantified.
                endRun(run, candidates);
                i = skipQuantifier(a, i + 1);
            }
        }
        endRun(run, candidates);
        List<String> best = null;
        for (List<String> candidate : candidates) {
            if (best == null || shortest(candidate) > shortest(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /**
     * Literals one of which every match of {@code pattern} starts with, or null when that cannot be told (see
     * {@link #leading}, for each top-level alternative). Empty for the pattern that matches nothing.
     */
    static List<String> starts(String pattern) {
        if (pattern.equals("(?!)")) {
            return List.of(); // the alternation of an entry without patterns
        }
        List<String> starts = new ArrayList<>();
        for (String alternative : topLevelAlternatives(pattern)) {
            List<String> own = leading(alternative);
            if (own == null) {
                return null;
            }
            starts.addAll(own);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(starts));
    }

    /**
     * Literals one of which every match of {@code a} (a pattern without top-level « | ») starts with, or null when
     * that cannot be told. From its first element that consumes characters (lookarounds and \b before it are
     * skipped, they consume nothing): a run of literal characters, none of which a quantifier makes optional; a
     * short character class, one literal per character; the ten digits for \d; the leading literals of each
     * alternative of a group. When that first element may be absent (« (?:le |l')?titulaire »), the leading
     * literals of what follows it are added. Unlike {@link #required}, any length will do: these literals only
     * tell where a match may start.
     */
    static List<String> leading(String a) {
        int i = 0;
        while (i < a.length()) {
            if (a.startsWith("\\b", i) && !isQuantifier(a, i + 2)) {
                i += 2;
                continue;
            }
            if (a.charAt(i) == '(') {
                int close = matchingParen(a.substring(i));
                if (close < 0) {
                    return null;
                }
                close += i;
                if (isLookaround(a.substring(i + 1, close)) && !isQuantifier(a, close + 1)) {
                    i = close + 1;
                    continue;
                }
            }
            break;
        }
        if (i >= a.length()) {
            return null; // a match may be empty
        }
        char c = a.charAt(i);
        List<String> first;
        int end;
        if (c == '(') {
            end = i + matchingParen(a.substring(i)) + 1;
            String inner = a.substring(i + 1, end - 1);
            boolean plainGroup = !inner.startsWith("?") || inner.startsWith("?:")
                    || inner.startsWith("?<") && inner.length() > 2 && Character.isLetter(inner.charAt(2));
            if (!plainGroup) {
                return null; // a lookaround, an atomic group or inline flags
            }
            first = new ArrayList<>();
            for (String inside : topLevelAlternatives(groupBody(inner))) {
                List<String> own = leading(inside);
                if (own == null) {
                    return null;
                }
                first.addAll(own);
            }
        } else if (c == '[') {
            end = a.indexOf(']', i + 1) + 1;
            first = end <= 0 ? null : classChars(a.substring(i + 1, end - 1));
            if (first == null) {
                return null;
            }
        } else if (a.startsWith("\\d", i)) {
            first = DIGITS;
            end = i + 2;
        } else {
            StringBuilder run = new StringBuilder();
            end = i;
            while (end < a.length()) {
                char ch = a.charAt(end);
                int width = 1;
                if (ch == '\\' && end + 1 < a.length() && !Character.isLetterOrDigit(a.charAt(end + 1))) {
                    ch = a.charAt(end + 1); // « \( », « \. »: the character itself
                    width = 2;
                } else if ("\\^$.|?*+()[]{}".indexOf(ch) >= 0) {
                    break;
                }
                if (run.length() > 0 && isQuantifier(a, end + width)) {
                    break; // « jours? », « a+ »: the run ends before a quantified character
                }
                run.append(ch);
                end += width;
                if (isQuantifier(a, end)) {
                    break; // the first character is quantified: an element of its own
                }
            }
            if (run.length() == 0) {
                return null; // an anchor, a dot, an escape such as \w or \s
            }
            first = List.of(run.toString());
        }
        if (!mayBeAbsent(a, end)) {
            return first;
        }
        // « (?:l')?ue »: a match starts with the optional element or with what follows it.
        List<String> rest = leading(a.substring(skipQuantifier(a, end)));
        if (rest == null) {
            return null;
        }
        List<String> starts = new ArrayList<>(first);
        starts.addAll(rest);
        return starts;
    }

    /** The characters of a short class such as [1-8] or [ae], null for a negated class, an escape or a long range. */
    private static List<String> classChars(String body) {
        if (body.isEmpty() || body.startsWith("^") || body.contains("\\") || body.contains("[") || body.contains("&&")) {
            return null;
        }
        List<String> chars = new ArrayList<>();
        for (int k = 0; k < body.length(); k++) {
            char from = body.charAt(k);
            char to = from;
            if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                to = body.charAt(k + 2);
                k += 2;
            }
            for (char ch = from; ch <= to; ch++) {
                chars.add(String.valueOf(ch));
                if (chars.size() > 32) {
                    return null;
                }
            }
        }
        return chars.isEmpty() ? null : chars;
    }

    /**
     * The word boundary the vocabulary puts before its patterns, possibly with more characters it must not follow
     * (« (?<![\p{L}\p{N}.,/]) » before a figure).
     */
    private static final java.util.regex.Pattern NON_WORD_LOOKBEHIND =
            java.util.regex.Pattern.compile("^\\(\\?<!\\[\\\\p\\{L\\}\\\\p\\{N\\}[.,/]*\\]\\)");

    /**
     * Whether no match of {@code pattern} can start right after a letter or a number: it opens with the lookbehind
     * of the vocabulary's word boundary, and has no other top-level alternative that the lookbehind would not cover.
     */
    static boolean startsAfterNonWord(String pattern) {
        return NON_WORD_LOOKBEHIND.matcher(pattern).find() && topLevelAlternatives(pattern).size() == 1;
    }

    private static boolean isLookaround(String inner) {
        return inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=") || inner.startsWith("?<!");
    }

    /** Whether a quantifier stands at {@code i}. */
    private static boolean isQuantifier(String a, int i) {
        return i < a.length() && (isOptionalQuantifier(a.charAt(i)) || a.charAt(i) == '+');
    }

    /** Whether the quantifier at {@code i}, if any, lets the element before it match nothing (?, *, {0…}). */
    private static boolean mayBeAbsent(String a, int i) {
        if (i >= a.length()) {
            return false;
        }
        char c = a.charAt(i);
        if (c == '{') {
            int j = i + 1;
            while (j < a.length() && Character.isDigit(a.charAt(j))) {
                j++;
            }
            return j == i + 1 || Integer.parseInt(a.substring(i + 1, j)) == 0;
        }
        return c == '?' || c == '*';
    }

    private static String groupBody(String inner) {
        if (inner.startsWith("?:")) {
            return inner.substring(2);
        }
        if (inner.startsWith("?<")) {
            int end = inner.indexOf('>');
            return inner.substring(end + 1);
        }
        return inner;
    }

    private static boolean isPlain(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-' || c == '/' || c == '%' || c == ',' || c == ':';
    }

    private static boolean isOptionalQuantifier(char c) {
        return c == '?' || c == '*' || c == '{';
    }

    /** Skips a quantifier (and its lazy or possessive mark) at {@code i}, if any. */
    private static int skipQuantifier(String a, int i) {
        if (i >= a.length()) {
            return i;
        }
        char c = a.charAt(i);
        if (c == '{') {
            int end = a.indexOf('}', i);
            i = end < 0 ? a.length() : end + 1;
        } else if (c == '?' || c == '*' || c == '+') {
            i++;
        } else {
            return i;
        }
        return i < a.length() && (a.charAt(i) == '?' || a.charAt(i) == '+') ? i + 1 : i;
    }

    private static void endRun(StringBuilder run, List<List<String>> candidates) {
        if (run.length() >= MIN) {
            candidates.add(List.of(run.toString()));
        }
        run.setLength(0);
    }

    private static int shortest(List<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    private static int matchingParen(String s) {
        int[] depth = depths(s);
        for (int i = 1; i < s.length(); i++) {
            if (depth[i] == 0 && s.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    private static final java.util.Map<java.util.regex.Pattern, List<String>> GUARDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> NO_GUARD = List.of();

    /**
     * Whether {@code pattern} can match {@code text}: false only when none of the literals it requires is there.
     * The literals of each compiled pattern are derived once.
     */
    static boolean mayMatch(java.util.regex.Pattern pattern, String text) {
        List<String> literals = guard(pattern);
        return literals == null || anyIn(literals, text);
    }

    /** The literals one of which any match of {@code pattern} contains, or null when it has no prefilter. */
    static List<String> guard(java.util.regex.Pattern pattern) {
        List<String> literals = GUARDS.computeIfAbsent(pattern, p -> {
            List<String> required = required(List.of(p.pattern()));
            return required == null || p.flags() != 0 ? NO_GUARD : required;
        });
        return literals == NO_GUARD ? null : literals;
    }

    static boolean anyIn(List<String> literals, String text) {
        for (String l : literals) {
            if (text.contains(l)) {
                return true;
            }
        }
        return false;
    }

    static List<String> topLevelAlternatives(String pattern) {
        int[] depth = depths(pattern);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (depth[i] == 0 && pattern.charAt(i) == '|') {
                parts.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(pattern.substring(start));
        return parts;
    }

    /**
     * Group depth of each character once its own parenthesis is applied (an opening parenthesis counts inside
     * its group, a closing one outside); escaped characters and character classes get -1.
     */
    private static int[] depths(String s) {
        int[] depth = new int[s.length()];
        int d = 0;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                depth[i] = -1;
                if (i + 1 < s.length()) {
                    depth[++i] = -1;
                }
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                depth[i] = -1;
                continue;
            }
            if (c == '[') {
                inClass = true;
                depth[i] = -1;
                continue;
            }
            if (c == '(') {
                d++;
            } else if (c == ')') {
                d--;
            }
            depth[i] = d;
        }
        return depth;
    }
}
