package fr.vigie.extract;

import org.ahocorasick.trie.PayloadTrie;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the literals of a vocabulary's patterns tell about a sentence before any regex runs.
 * <ul>
 * <li>Prefilter ({@link Literals#required}): the literals go into one Aho–Corasick automaton, so a sentence is
 * scanned once for all of them rather than once per pattern and literal ({@code String.contains}); a pattern
 * runs only on a sentence that holds one of its literals, exactly as with {@link Literals#mayMatch}.</li>
 * <li>Start literals ({@link Literals#starts}): a pattern whose matches all start with known literals is tried
 * only where those stand ({@link StartMatcher}), rather than at every position of the sentence.</li>
 * </ul>
 * Immutable and thread-safe once built.
 */
final class LiteralScan {

    /** Guard of a pattern without a prefilter: it always runs. */
    private static final int[] ALWAYS = new int[0];

    /** What is known of one pattern: the ids of its prefilter literals, the literals its matches start with. */
    record Entry(Pattern pattern, int[] guard, String[] starts, boolean wordStart) {
    }

    private final PayloadTrie<Integer> trie;
    private final int literalCount;
    /** By identity: the patterns are the vocabulary's own, compiled once. */
    private final Map<Pattern, Entry> entries;

    private LiteralScan(PayloadTrie<Integer> trie, int literalCount, Map<Pattern, Entry> entries) {
        this.trie = trie;
        this.literalCount = literalCount;
        this.entries = entries;
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final Map<String, Integer> ids = new LinkedHashMap<>();
        private final Map<Pattern, Entry> entries = new IdentityHashMap<>();

        Builder add(Pattern pattern) {
            if (!entries.containsKey(pattern)) {
                List<String> literals = Literals.guard(pattern);
                List<String> starts = pattern.flags() == 0 ? Literals.starts(pattern.pattern()) : null;
                entries.put(pattern, new Entry(pattern, literals == null ? ALWAYS
                        : literals.stream().mapToInt(l -> ids.computeIfAbsent(l, k -> ids.size())).distinct().toArray(),
                        starts == null ? null : starts.toArray(String[]::new),
                        pattern.flags() == 0 && Literals.startsAfterNonWord(pattern.pattern())));
            }
            return this;
        }

        Builder addAll(java.util.Collection<Pattern> patterns) {
            patterns.forEach(this::add);
            return this;
        }

        LiteralScan build() {
            PayloadTrie.PayloadTrieBuilder<Integer> trie = PayloadTrie.builder();
            ids.forEach(trie::addKeyword);
            return new LiteralScan(trie.build(), ids.size(), new IdentityHashMap<>(entries));
        }
    }

    /** What the scan knows of {@code pattern}, which must have been added. */
    Entry entry(Pattern pattern) {
        Entry entry = entries.get(pattern);
        if (entry == null) {
            throw new IllegalArgumentException("Pattern not added to the scan: " + pattern.pattern());
        }
        return entry;
    }

    /** The literals present in {@code text} (every occurrence, overlapping ones included). */
    Hits scan(String text) {
        BitSet present = new BitSet(literalCount);
        trie.parseText(text, emit -> {
            present.set(emit.getPayload());
            return true;
        });
        return new Hits(text, present);
    }

    /** One text scanned: which patterns may match it, and where. */
    final class Hits {
        private final String text;
        private final BitSet present;

        private Hits(String text, BitSet present) {
            this.text = text;
            this.present = present;
        }

        String text() {
            return text;
        }

        /** The ids of the prefilter literals present in the text. */
        BitSet present() {
            return present;
        }

        /** False only when none of the literals {@code pattern} requires is in the text. */
        boolean mayMatch(Pattern pattern) {
            Entry entry = entries.get(pattern);
            return entry == null ? Literals.mayMatch(pattern, text) /* not a pattern of the vocabulary */ : mayMatch(entry.guard());
        }

        private boolean mayMatch(int[] guard) {
            if (guard == ALWAYS) {
                return true;
            }
            for (int id : guard) {
                if (present.get(id)) {
                    return true;
                }
            }
            return false;
        }

        /** The successive matches of {@code pattern} in the text, as {@link java.util.regex.Matcher#find()} gives them. */
        StartMatcher matcher(Pattern pattern) {
            return matcher(pattern, entries.get(pattern));
        }

        /**
         * Start of the first match of the entry's pattern if it starts before {@code before}, else -1; for a caller
         * that already knows one of the pattern's prefilter literals to be present.
         */
        int firstPassed(Entry entry, int before) {
            StartMatcher m = matcher(entry.pattern(), entry);
            return m.find(before) ? m.start() : -1;
        }

        private StartMatcher matcher(Pattern pattern, Entry entry) {
            return entry == null ? new StartMatcher(pattern, null, false, text)
                    : new StartMatcher(pattern, entry.starts(), entry.wordStart(), text);
        }

        /** Whether {@code pattern} matches the text, behind the prefilter. */
        boolean find(Pattern pattern) {
            return first(pattern) >= 0;
        }

        /** Start of the first match of {@code pattern}, -1 when none. */
        int first(Pattern pattern) {
            return first(pattern, text.length() + 1);
        }

        /** Start of the first match of {@code pattern} if it starts before {@code before}, else -1. */
        int first(Pattern pattern, int before) {
            Entry entry = entries.get(pattern);
            if (entry == null ? !Literals.mayMatch(pattern, text) : !mayMatch(entry.guard())) {
                return -1;
            }
            StartMatcher m = matcher(pattern, entry);
            return m.find(before) ? m.start() : -1;
        }
    }
}
