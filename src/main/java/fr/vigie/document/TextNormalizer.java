package fr.vigie.document;

/**
 * Cleans extracted text line by line: ligatures, exotic spaces, soft hyphens and control characters.
 * Apostrophes are kept as written (’ or '); the extraction stage treats both alike.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Ligatures spelt out, control characters, soft hyphens and zero-width spaces dropped, every run of spaces
     * (exotic ones included: no-break, thin, figure, tab, form feed) made one space, then stripped. One pass over
     * the characters: it runs on every line of every document (three regex replacements and eight string
     * replacements per line were a tenth of the reading time).
     */
    public static String line(String raw) {
        if (isClean(raw)) {
            return raw.strip(); // what the loop below would copy unchanged, then strip (most lines)
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isControl(c)) {
                continue;
            }
            if (c == ' ' || isSpace(c)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            switch (c) {
                case '\uFB00' -> out.append("ff");
                case '\uFB01' -> out.append("fi");
                case '\uFB02' -> out.append("fl");
                case '\uFB03' -> out.append("ffi");
                case '\uFB04' -> out.append("ffl");
                case '\uFB05', '\uFB06' -> out.append("st");
                default -> out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** No character that {@link #line} drops or replaces, and no space after a space. */
    private static boolean isClean(String raw) {
        char previous = 'x';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' ? previous == ' ' : isControl(c) || isSpace(c) || c >= '\uFB00' && c <= '\uFB06') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\t', '\f', '\u000B' -> true;
            default -> false;
        };
    }

    private static boolean isControl(char c) {
        return c <= '\u0008' || c >= '\u000E' && c <= '\u001F' || c == '\u007F' || c == '\u00AD' || c == '\u200B'
                || c == '\uFEFF';
    }
}
