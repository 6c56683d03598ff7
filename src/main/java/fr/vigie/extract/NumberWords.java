package fr.vigie.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.text.ParsePosition;

/** Reads French numbers written in words (« soixante-douze », « quatre-vingt-dix ») with ICU's spell-out rules. */
final class NumberWords {

    private static final ThreadLocal<RuleBasedNumberFormat> FORMAT = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.FRENCH, RuleBasedNumberFormat.SPELLOUT);
        f.setLenientParseMode(true);
        return f;
    });

    private NumberWords() {
    }

    /** The value of a number written in digits (« 99,5 ») or in words, or NaN. */
    static double parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (Character.isDigit(t.charAt(0))) {
            try {
                return Double.parseDouble(t.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        // ICU's spell-out parser is slow and contracts repeat the same few numbers: remember them.
        Double known = WORDS.get(t);
        if (known != null) {
            return known;
        }
        double value = parseWords(t);
        if (WORDS.size() < 10_000) {
            WORDS.put(t, value);
        }
        return value;
    }

    private static final java.util.Map<String, Double> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static double parseWords(String t) {
        String words = t.replace(' ', '-').replace("-et-", "-et-");
        ParsePosition pos = new ParsePosition(0);
        Number n = FORMAT.get().parse(words, pos);
        if (n == null || pos.getIndex() < words.length()) {
            pos = new ParsePosition(0);
            n = FORMAT.get().parse(t, pos);
            if (n == null || pos.getIndex() < t.length()) {
                return Double.NaN;
            }
        }
        return n.doubleValue();
    }
}
