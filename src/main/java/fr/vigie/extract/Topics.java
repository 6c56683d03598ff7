package fr.vigie.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The topics of a vocabulary as their separate alternatives ({@link Vocabulary#parts}), for where each topic's
 * earliest match starts in a sentence: the offsets the whole alternations find, for a fraction of the work. Only
 * the alternatives one of whose prefilter literals the sentence holds run, found from the literals present
 * (an index from literal to alternatives) rather than by checking the twelve hundred alternatives one by one.
 * Immutable and thread-safe.
 */
final class Topics {

    private final String[] ids;
    /** Every alternative of every topic, topic after topic in vocabulary order. */
    private final LiteralScan.Entry[] parts;
    private final int[] topicOf;
    /** Where each topic's alternatives start in {@link #parts} (they are contiguous, topic after topic). */
    private final int[] firstPart;
    private final Map<String, Integer> indexOf = new java.util.HashMap<>();
    /** For each prefilter literal id, the alternatives it lets run. */
    private final int[][] partsByLiteral;
    /** The alternatives without a prefilter: they run on every sentence. */
    private final BitSet unguarded = new BitSet();

    Topics(Map<String, List<Pattern>> topicParts, LiteralScan scan) {
        ids = topicParts.keySet().toArray(String[]::new);
        List<Pattern> all = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        firstPart = new int[ids.length + 1];
        int t = 0;
        for (List<Pattern> alternatives : topicParts.values()) {
            firstPart[t] = all.size();
            indexOf.put(ids[t], t);
            for (Pattern p : alternatives) {
                all.add(p);
                owners.add(t);
            }
            t++;
        }
        firstPart[ids.length] = all.size();
        parts = all.stream().map(scan::entry).toArray(LiteralScan.Entry[]::new);
        topicOf = owners.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, List<Integer>> byLiteral = new LinkedHashMap<>();
        int maxLiteral = -1;
        for (int i = 0; i < parts.length; i++) {
            int[] guard = parts[i].guard();
            if (guard.length == 0) {
                unguarded.set(i);
            }
            for (int literal : guard) {
                byLiteral.computeIfAbsent(literal, k -> new ArrayList<>()).add(i);
                maxLiteral = Math.max(maxLiteral, literal);
            }
        }
        partsByLiteral = new int[maxLiteral + 1][];
        byLiteral.forEach((literal, list) -> partsByLiteral[literal] = list.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Start and end of every match of the topic's alternatives in the scanned sentence: « les délais d'intervention
     * et de rétablissement sont les suivants : …, délai de rétablissement de huit heures » names the restoration
     * time twice, and its figure stands by the second mention.
     */
    List<int[]> mentions(LiteralScan.Hits hits, String topic) {
        Integer t = indexOf.get(topic);
        if (t == null) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        BitSet present = hits.present();
        for (int part = firstPart[t]; part < firstPart[t + 1]; part++) {
            boolean candidate = unguarded.get(part);
            for (int literal : parts[part].guard()) {
                candidate |= present.get(literal);
            }
            if (!candidate) {
                continue;
            }
            StartMatcher m = hits.matcher(parts[part].pattern());
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    /** Each topic found in the scanned sentence, in vocabulary order, with the start of its earliest match. */
    Map<String, Integer> offsets(LiteralScan.Hits hits) {
        BitSet candidates = (BitSet) unguarded.clone();
        BitSet present = hits.present();
        for (int literal = present.nextSetBit(0); literal >= 0 && literal < partsByLiteral.length;
             literal = present.nextSetBit(literal + 1)) {
            int[] own = partsByLiteral[literal];
            if (own != null) {
                for (int part : own) {
                    candidates.set(part);
                }
            }
        }
        int[] best = new int[ids.length];
        java.util.Arrays.fill(best, -1);
        for (int part = candidates.nextSetBit(0); part >= 0; part = candidates.nextSetBit(part + 1)) {
            int topic = topicOf[part];
            int before = best[topic] < 0 ? Integer.MAX_VALUE : best[topic];
            if (before == 0) {
                continue;
            }
            // A later alternative matters only if it starts earlier than what the topic already found.
            int at = hits.firstPassed(parts[part], before);
            if (at >= 0) {
                best[topic] = at;
            }
        }
        Map<String, Integer> offsets = new LinkedHashMap<>();
        for (int topic = 0; topic < ids.length; topic++) {
            if (best[topic] >= 0) {
                offsets.put(ids[topic], best[topic]);
            }
        }
        return offsets;
    }
}
