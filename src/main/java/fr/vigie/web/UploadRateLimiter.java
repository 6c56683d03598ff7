package fr.vigie.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Uploads per user and per minute (token bucket): a script gone wild cannot monopolise the server. */
@Component
public class UploadRateLimiter {

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public UploadRateLimiter(VigieProperties properties) {
        this.perMinute = properties.upload().perMinute();
    }

    public void acquire(String username) {
        Bucket bucket = buckets.computeIfAbsent(username, u -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        if (!bucket.tryConsume(1)) {
            throw new UploadRejected(HttpStatus.TOO_MANY_REQUESTS, "Trop de dépôts : " + perMinute
                    + " dossiers par minute au plus. Réessayez dans un instant.");
        }
    }
}
