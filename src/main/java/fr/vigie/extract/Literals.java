package fr.vigie.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives, from a list of vocabulary patterns, literal strings one of which must occur in any text the
 * patterns match — a cheap test that skips the regular expressions on most sentences. Sound by
 * construction: a pattern whose top-level alternatives do not all start with a plain literal of three
 * characters or more yields no prefilter (null), and the regex then always runs.
 */
final class Literals {

    private static final int MIN = 3;

    private Literals() {
    }

    /** Required literals, or null when the patterns cannot be prefiltered. */
    static List<String> required(List<String> patterns) {
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

    /** An alternative starts with plain text, or with a mandatory group whose alternatives all do. */
    private static List<String> ofAlternative(String alternative) {
        String a = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
        if (a.startsWith("(?:")) {
            int close = matchingParen(a);
            if (close < 0) {
                return null;
            }
            char after = close + 1 < a.length() ? a.charAt(close + 1) : 0;
            if (after == '?' || after == '*' || after == '{') {
                return null;
            }
            return ofPattern(a.substring(3, close));
        }
        String prefix = literalPrefix(a);
        return prefix.length() < MIN ? null : List.of(prefix);
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

    /** The plain characters an alternative starts with, stopping before any that a quantifier makes optional. */
    private static String literalPrefix(String alternative) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            boolean plain = Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-' || c == '/' || c == '%';
            if (!plain) {
                break;
            }
            char next = i + 1 < alternative.length() ? alternative.charAt(i + 1) : 0;
            if (next == '?' || next == '*' || next == '{') {
                break;
            }
            prefix.append(c);
        }
        return prefix.toString();
    }
}
