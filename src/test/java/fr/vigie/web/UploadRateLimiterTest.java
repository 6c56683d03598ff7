package fr.vigie.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads per user and per minute: the bucket of one user never slows another. */
class UploadRateLimiterTest {

    @Test
    void theNthPlusOneUploadOfAMinuteIsRefusedWith429AndOtherUsersGoOn() {
        UploadRateLimiter limiter = new UploadRateLimiter(new VigieProperties(Path.of("."), "", 1000, "", false,
                new VigieProperties.Upload(5, 1 << 20, 3)));
        for (int i = 0; i < 3; i++) {
            limiter.acquire("acheteur-nord");
        }
        assertThatThrownBy(() -> limiter.acquire("acheteur-nord")).isInstanceOf(UploadRejected.class)
                .hasMessageContaining("3 dossiers par minute")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UploadRejected) e).status())
                        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        assertThatCode(() -> limiter.acquire("acheteur-sud")).doesNotThrowAnyException();
    }
}
