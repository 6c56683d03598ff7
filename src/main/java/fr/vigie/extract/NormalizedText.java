package fr.vigie.extract;

import java.text.Normalizer;

/**
 * Text as vocabulary patterns see it — lower case, accents removed, apostrophes unified, spaces
 * collapsed — with a map back to offsets in the original text.
 */
public final class NormalizedText {

    private final String text;
    private final int[] toOriginal;

    private NormalizedText(String text, int[] toOriginal) {
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        boolean lastSpace = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            String piece = fold(c);
            for (int k = 0; k < piece.length(); k++) {
                char p = piece.charAt(k);
                if (p == ' ') {
                    if (lastSpace) {
                        continue;
                    }
                    lastSpace = true;
                } else {
                    lastSpace = false;
                }
                if (n >= map.length - 1) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                out.append(p);
                map[n++] = i;
            }
        }
        map[n] = original.length();
        return new NormalizedText(out.toString(), java.util.Arrays.copyOf(map, n + 1));
    }

    /** Normalizes a text without keeping offsets (for patterns and short labels). */
    public static String normalize(String s) {
        return of(s).text();
    }

    private static String fold(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> {
                return "'";
            }
            case '\u0153' -> {
                return "oe";
            }
            case '\u0152' -> {
                return "oe";
            }
            case '\u00E6', '\u00C6' -> {
                return "ae";
            }
            case '\u00A0', '\u202F', '\u2009', '\t', '\n', '\r' -> {
                return " ";
            }
            case '\u2013', '\u2014', '\u2011' -> {
                return "-";
            }
            default -> {
            }
        }
        if (c < 128) {
            return String.valueOf(Character.toLowerCase(c));
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(1);
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK) {
                b.append(Character.toLowerCase(x));
            }
        }
        return b.length() == 0 ? String.valueOf(c) : b.toString();
    }

    public String text() {
        return text;
    }

    /** Offset in the original text of the normalized offset {@code i} (0..length). */
    public int original(int i) {
        return toOriginal[Math.min(i, toOriginal.length - 1)];
    }
}
