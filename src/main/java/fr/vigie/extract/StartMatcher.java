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
 * {@code find()}. Not thread-safe (one per text, like a {@link Matcher}).
 */
final class StartMatcher {

    private final Matcher matcher;
    private final String text;
    /** Null: no start literals, plain {@code find()}. */
    private final String[] starts;
    /** Next occurrence of each start literal at or after the search position; -1 none left, -2 not searched yet. */
    private final int[] next;
    private int first = -1;
    private int last;

    StartMatcher(Pattern pattern, String[] starts, String text) {
        this.text = text;
        this.starts = starts;
        this.matcher = pattern.matcher(text);
        if (starts != null) {
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
            next = new int[starts.length];
            java.util.Arrays.fill(next, -2);
        } else {
            next = null;
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
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                first = at;
                last = matcher.end();
                return true;
            }
            from = at + 1;
        }
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
