package fr.vigie.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Base of the web tests: the whole application on a random port, against the real PostgreSQL of the machine
 * (127.0.0.1:5432, database « test »), in a schema of its own per test run so that runs never see each other's
 * rows; the Flyway migrations create it. One Spring context is shared by every web test class.
 */
@SpringBootTest(classes = VigieWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class WebTest {

    @org.springframework.beans.factory.annotation.Autowired
    fr.vigie.store.UserRepository users;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    /** The accounts of two establishments and of the group, in the test schema. */
    @org.junit.jupiter.api.BeforeEach
    void accounts() {
        TestAccounts.create(users, encoder);
    }

    static final String SCHEMA = "vigie_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty("vigie.test.db-url",
                "jdbc:postgresql://127.0.0.1:5432/test") + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> System.getProperty("vigie.test.db-user", "postgres"));
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("vigie.data-dir", DATA_DIR::toString);
        registry.add("vigie.demo-accounts", () -> "false");
        registry.add("vigie.pack", () -> Path.of("rules", "sante-cloud").toAbsolutePath().toString());
        registry.add("vigie.upload.per-minute", () -> "1000");
        registry.add("vigie.upload.max-files", () -> "5");
        registry.add("vigie.pack-reload-millis", () -> "3600000");
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("vigie-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
