package fr.vigie.document;

import java.util.regex.Pattern;

/**
 * Cleans extracted text line by line: ligatures, exotic spaces, soft hyphens and control characters.
 * Apostrophes are kept as written (’ or '); the extraction stage treats both alike.
 */
public final class TextNormalizer {

    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2009\\u200A\\u2002\\u2003\\t\\f\\u000B]+");
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F\\u00AD\\u200B\\uFEFF]");
    private static final Pattern MULTI_SPACE = Pattern.compile(" {2,}");

    private TextNormalizer() {
    }

    public static String line(String raw) {
        String s = raw.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl")
                .replace("\uFB03", "ffi").replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st")
                .replace("\u0153", "œ");
        s = CONTROL.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = MULTI_SPACE.matcher(s).replaceAll(" ");
        return s.strip();
    }
}
