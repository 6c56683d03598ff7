package fr.vigie.extract;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A bounded cache of sentence readings, keyed by the sentence text. The contracts of a group share most of
 * their wording (a purchasing group's CCAP, a provider's standard terms, the annexes every dossier repeats):
 * a sweep reads those sentences once. The bound is in characters of cached sentences, so the memory stays
 * the same whatever the corpus size (the sweep runs in a 512 MB heap).
 * <p>
 * A sentence can be cached twice: its ordinary reading ({@link #get}), and its full reading
 * ({@link #getFull}: party, modality and figures read even when the sentence names no topic, for a sentence whose
 * heading gives the subject). Both share the bound; only ordinary readings count in the {@link #stats()}.
 */
public final class SentenceReadings {

    /**
     * About 4 million characters of sentences, some 20 to 40 MB with their readings. The system property
     * {@code vigie.sentence-cache.chars} changes it; 0 turns the cache off (benchmarks of a first reading).
     */
    static final long DEFAULT_MAX_WEIGHT = 4_000_000;
    /** What a reading costs beyond its sentence text, in characters (sets, maps and records). */
    private static final int READING_WEIGHT = 200;

    /** Keys: the sentence (ordinary reading) or a {@link Full} (full reading). */
    private final Cache<Object, VocabularyFactExtractor.SentenceReading> cache;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** The key of a sentence's full reading. */
    private record Full(String sentence) {
    }

    SentenceReadings() {
        this(Long.getLong("vigie.sentence-cache.chars", DEFAULT_MAX_WEIGHT));
    }

    SentenceReadings(long maxWeight) {
        cache = maxWeight <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((Object key, VocabularyFactExtractor.SentenceReading r) ->
                        (key instanceof Full full ? full.sentence() : (String) key).length() + READING_WEIGHT)
                .build();
    }

    /** The ordinary reading of a sentence, {@code read} at its first request. */
    VocabularyFactExtractor.SentenceReading get(String sentence, Function<String, VocabularyFactExtractor.SentenceReading> read) {
        if (cache == null) {
            misses.increment();
            return read.apply(sentence);
        }
        boolean[] missed = {false};
        VocabularyFactExtractor.SentenceReading reading = cache.get(sentence, key -> {
            missed[0] = true;
            return read.apply(sentence);
        });
        (missed[0] ? misses : hits).increment();
        return reading;
    }

    /** The full reading of a sentence, {@code read} at its first request; not counted in the {@link #stats()}. */
    VocabularyFactExtractor.SentenceReading getFull(String sentence, Function<String, VocabularyFactExtractor.SentenceReading> read) {
        if (cache == null) {
            return read.apply(sentence);
        }
        return cache.get(new Full(sentence), key -> read.apply(sentence));
    }

    public Stats stats() {
        return new Stats(hits.sum(), misses.sum());
    }

    /** Sentences read from the cache ({@code hits}) and analysed ({@code misses}). */
    public record Stats(long hits, long misses) {
        public double hitRate() {
            long total = hits + misses;
            return total == 0 ? 0 : (double) hits / total;
        }
    }
}
