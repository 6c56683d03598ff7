package fr.vigie.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Hot reload: a changed pack replaces the running one once it compiles; a broken one never does. */
class PackReloadTest {

    @Test
    void aValidChangeIsPickedUpAndABrokenOneIsRefusedWithFileAndLine(@TempDir Path tmp) throws IOException {
        Path pack = fr.vigie.TestFiles.copyTree(Path.of("rules", "sante-cloud"), tmp.resolve("sante-cloud"));
        PackRegistry registry = new PackRegistry(new VigieProperties(tmp, pack.toString(), 1000, "", false,
                new VigieProperties.Upload(5, 1 << 20, 10)));
        String first = registry.status().contentHash();
        assertThat(registry.reload()).as("nothing changed").isFalse();

        Path thresholds = pack.resolve("thresholds/thresholds.drl.csv");
        String csv = Files.readString(thresholds);
        assertThat(csv).contains("SLA-01.min");
        Files.writeString(thresholds, csv.replace("99.5", "99.8").replace("99,5", "99,8"));
        assertThat(registry.reload()).isTrue();
        String second = registry.status().contentHash();
        assertThat(second).isNotEqualTo(first);

        Path rule = pack.resolve("SLA/SLA-01.drl");
        Files.writeString(rule, Files.readString(rule).replace("then", "then oops("), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(registry.reload()).isFalse();
        PackRegistry.Status status = registry.status();
        assertThat(status.contentHash()).isEqualTo(second);
        assertThat(status.rejectedHash()).isNotNull();
        assertThat(String.join("\n", status.rejectedErrors())).contains("SLA-01.drl").containsPattern(":\\d+");
        assertThat(registry.checker().pack().contentHash()).isEqualTo(second);
    }
}
