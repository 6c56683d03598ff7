package fr.vigie.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings of the web application ({@code vigie.*} in application.yaml, or environment variables such as
 * {@code VIGIE_DATA_DIR}).
 *
 * @param dataDir          where the embedded database and the uploaded files live
 * @param pack             rule pack folder; empty for rules/sante-cloud of the working folder, else the bundled pack
 * @param packReloadMillis how often the pack folder is checked for changes (hot reload)
 * @param demoPassword     password of the demo accounts on the embedded default; none are created when empty
 * @param demoAccounts     whether to create the demo accounts (false in the production profile)
 * @param upload           upload limits
 */
@ConfigurationProperties("vigie")
public record VigieProperties(Path dataDir, String pack, long packReloadMillis, String demoPassword, boolean demoAccounts,
                              Upload upload) {

    /**
     * @param maxFiles      documents per dossier
     * @param maxFileBytes  bytes per document
     * @param perMinute     uploads per user per minute
     */
    public record Upload(int maxFiles, long maxFileBytes, int perMinute) {
    }
}
