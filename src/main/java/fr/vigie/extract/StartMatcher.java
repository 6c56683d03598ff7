package fr.vigie.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The successive matches of a pattern in a text — the same as {@link Matcher#find()} gives — found by trying the
 * pattern only where one of its start literals ({@link Literals#starts}) stands. {@code find()} tries every
 * position of the text in turn, and at each one evaluates the leading lookbehind and every branch of the
 * alternation: on a sentence of a hundred characters that holds two places where a match may start, that is
 * fifty times the work. At a candidate position the matcher is anchored there ({@link Matcher#lookingAt()} on
 * a region from that position to the end) with transparent bounds, so that lookbehinds and \b still see the
 * text before it, and without anchoring bounds, so that ^ still means the start of the text: the match found
 * there is the one {@code find()} finds when it reaches that position. Without start literals, plain
 * {@code find()}. A pattern that starts with the word boundary of the vocabulary (« (?<![\p{L}\p{N}]) ») is
 * not even tried at a candidate inside a word (« un » in « aucun »): its lookbehind would fail there.
 * Not thread-safe (one per text, like a {@link Matcher}).
 */
final class StartMatcher {

    private final Pattern pattern;
    /** Made at the first candidate: most patterns whose literals pass the prefilter have none to try. */
    private Matcher matcher;
    private final String text;
    /** Null: no start literals, plain {@code find()}. */
    private final String[] starts;
    /** Next occurrence of each start literal at or after the search position; -1 none left, -2 not searched yet. */
    private final int[] next;
    /** The pattern cannot match right after a letter or a number (see {@link Literals#startsAfterNonWord}). */
    private final boolean wordStart;
    private int first = -1;
    private int last;

    StartMatcher(Pattern pattern, String[] starts, boolean wordStart, String text) {
        this.pattern = pattern;
        this.text = text;
        this.starts = starts;
        this.wordStart = wordStart;
        if (starts != null) {
            next = new int[starts.length];
            java.util.Arrays.fill(next, -2);
        } else {
            next = null;
            matcher = pattern.matcher(text);
        }
    }

    boolean find() {
        return find(Integer.MAX_VALUE);
    }

    /** The next match, if it starts before {@code before} (later matches are not searched for). */
    boolean find(int before) {
        if (starts == null) {
            return matcher.find() && matcher.start() < before;
        }
        // Where Matcher.find() goes on from: the end of the previous match, one further after an empty one.
        int from = last == first ? last + 1 : last;
        while (true) {
            int at = candidate(from);
            if (at < 0 || at >= before) {
                return false;
            }
            if (wordStart && at > 0 && isLetterOrNumber(text.charAt(at - 1))) {
                from = at + 1;
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                first = at;
                last = matcher.end();
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * Whether {@code c} is in \p{L} or \p{N}, the classes of the word boundary's lookbehind. A surrogate is left to
     * the regex (the lookbehind then reads a whole code point).
     */
    private static boolean isLetterOrNumber(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The first position at or after {@code from} where a start literal stands, -1 when none. */
    private int candidate(int from) {
        int best = -1;
        for (int i = 0; i < starts.length; i++) {
            int n = next[i];
            if (n == -1) {
                continue;
            }
            if (n < from) {
                n = text.indexOf(starts[i], from);
                next[i] = n;
                if (n < 0) {
                    continue;
                }
            }
            if (best < 0 || n < best) {
                best = n;
            }
        }
        return best;
    }

    int start() {
        return matcher.start();
    }

    int end() {
        return matcher.end();
    }

    String group() {
        return matcher.group();
    }

    String group(String name) {
        return matcher.group(name);
    }
}
