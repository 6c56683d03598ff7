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
        List<String> literals = GUARDS.computeIfAbsent(pattern, p -> {
            List<String> required = required(List.of(p.pattern()));
            return required == null || p.flags() != 0 ? NO_GUARD : required;
        });
        return literals == NO_GUARD || anyIn(literals, text);
    }

    static boolean anyIn(List<String> literals, String text) {
        for (String l : literals) {
            if (text.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> topLevelAlternatives(String pattern) {
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
