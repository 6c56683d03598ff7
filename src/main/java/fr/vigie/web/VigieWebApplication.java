package fr.vigie.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The buyers' web application (`vigie serve`): upload a dossier, read its gap report, keep the history. */
@SpringBootApplication(scanBasePackages = {"fr.vigie.web", "fr.vigie.store"})
@EnableConfigurationProperties(VigieProperties.class)
@EnableScheduling
public class VigieWebApplication {

    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(VigieWebApplication.class);
        return app.run(args);
    }

    public static void main(String[] args) {
        start(args);
    }
}
