package fr.vigie.extract;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceReadingsTest {

    private static VocabularyFactExtractor.SentenceReading reading(AtomicInteger reads) {
        reads.incrementAndGet();
        return VocabularyFactExtractor.SentenceReading.SILENT;
    }

    @Test
    void aSentenceIsReadOnceAndThenServedFromTheCache() {
        SentenceReadings readings = new SentenceReadings(10_000);
        AtomicInteger reads = new AtomicInteger();
        readings.get("Le Titulaire restitue les données.", s -> reading(reads));
        readings.get("Le Titulaire restitue les données.", s -> reading(reads));
        readings.get("Le Titulaire supprime les copies.", s -> reading(reads));
        assertThat(reads).hasValue(2);
        assertThat(readings.stats().hits()).isEqualTo(1);
        assertThat(readings.stats().misses()).isEqualTo(2);
    }

    @Test
    void aZeroBoundTurnsTheCacheOff() {
        SentenceReadings readings = new SentenceReadings(0);
        AtomicInteger reads = new AtomicInteger();
        readings.get("Le Titulaire restitue les données.", s -> reading(reads));
        readings.get("Le Titulaire restitue les données.", s -> reading(reads));
        assertThat(reads).hasValue(2);
        assertThat(readings.stats().hitRate()).isZero();
    }

    @Test
    void aFullReadingIsCachedApartAndNotCounted() {
        SentenceReadings readings = new SentenceReadings(10_000);
        AtomicInteger ordinary = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        readings.get("Quatre heures.", s -> reading(ordinary));
        readings.getFull("Quatre heures.", s -> reading(full));
        readings.getFull("Quatre heures.", s -> reading(full));
        readings.get("Quatre heures.", s -> reading(ordinary));
        assertThat(ordinary).hasValue(1);
        assertThat(full).hasValue(1);
        assertThat(readings.stats().hits()).isEqualTo(1);
        assertThat(readings.stats().misses()).isEqualTo(1);
    }
}
