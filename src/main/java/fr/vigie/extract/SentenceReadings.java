package fr.vigie.extract;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.function.Function;

/**
 * A bounded cache of sentence readings, keyed by the sentence text. The contracts of a group share most of
 * their wording (a purchasing group's CCAP, a provider's standard terms, the annexes every dossier repeats):
 * a sweep reads those sentences once. The bound is in characters of cached sentences, so the memory stays
 * the same whatever the corpus size (the sweep runs in a 512 MB heap).
 */
public final class SentenceReadings {

    /**
     * About 4 million characters of sentences, some 20 to 40 MB with their readings. The system property
     * {@code vigie.sentence-cache.chars} changes it; 0 turns the cache off (benchmarks of a first reading).
     */
    static final long DEFAULT_MAX_WEIGHT = 4_000_000;
    /** What a reading costs beyond its sentence text, in characters (sets, maps and records). */
    private static final int READING_WEIGHT = 200;

    private final Cache<String, VocabularyFactExtractor.SentenceReading> cache;
    private final java.util.concurrent.atomic.AtomicLong uncached = new java.util.concurrent.atomic.AtomicLong();

    SentenceReadings() {
        this(Long.getLong("vigie.sentence-cache.chars", DEFAULT_MAX_WEIGHT));
    }

    SentenceReadings(long maxWeight) {
        cache = maxWeight <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((String sentence, VocabularyFactExtractor.SentenceReading r) -> sentence.length() + READING_WEIGHT)
                .recordStats()
                .build();
    }

    VocabularyFactExtractor.SentenceReading get(String sentence, Function<String, VocabularyFactExtractor.SentenceReading> read) {
        if (cache == null) {
            uncached.incrementAndGet();
            return read.apply(sentence);
        }
        return cache.get(sentence, read);
    }

    public Stats stats() {
        if (cache == null) {
            return new Stats(0, uncached.get());
        }
        var s = cache.stats();
        return new Stats(s.hitCount(), s.missCount());
    }

    /** Sentences read from the cache ({@code hits}) and analysed ({@code misses}). */
    public record Stats(long hits, long misses) {
        public double hitRate() {
            long total = hits + misses;
            return total == 0 ? 0 : (double) hits / total;
        }
    }
}
