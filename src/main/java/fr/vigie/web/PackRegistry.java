package fr.vigie.web;

import fr.vigie.check.RulePackChecker;
import fr.vigie.extract.VocabularyException;
import fr.vigie.ingest.IngestLimits;
import fr.vigie.rules.BundledPacks;
import fr.vigie.rules.PackException;
import fr.vigie.rules.RulePackLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule pack the application checks with, reloaded while it runs: every few seconds the pack folder's
 * content hash is compared with the one in use; a changed pack is loaded, validated and compiled aside, and
 * replaces the current one only if all of that succeeds. A broken pack never replaces a working one: its
 * errors (file and line) are kept for the administrator and the logs.
 */
@Component
public class PackRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PackRegistry.class);

    /** What the administrator sees about the pack. */
    public record Status(String id, String version, String contentHash, Instant loadedAt, String rejectedHash,
                         List<String> rejectedErrors) {
    }

    private final Path packDir;
    private final IngestLimits limits;
    private final AtomicReference<RulePackChecker> current = new AtomicReference<>();
    private volatile Instant loadedAt;
    private volatile String rejectedHash;
    private volatile List<String> rejectedErrors = List.of();

    public PackRegistry(VigieProperties properties) {
        this.packDir = resolve(properties.pack());
        this.limits = IngestLimits.defaults();
        RulePackChecker first = RulePackChecker.open(packDir, limits); // a broken pack at start-up stops the start
        current.set(first);
        loadedAt = Instant.now();
        LOG.warn("Paquet de règles {} {} chargé depuis {} (empreinte {})", first.pack().id(), first.pack().version(),
                packDir, first.pack().contentHash().substring(0, 12));
    }

    private static Path resolve(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path local = Path.of("rules", "sante-cloud");
        return Files.isRegularFile(local.resolve("pack.yaml")) ? local : BundledPacks.extract("sante-cloud");
    }

    public RulePackChecker checker() {
        return current.get();
    }

    public Path packDir() {
        return packDir;
    }

    public Status status() {
        RulePackChecker c = current.get();
        return new Status(c.pack().id(), c.pack().version(), c.pack().contentHash(), loadedAt, rejectedHash, rejectedErrors);
    }

    @Scheduled(fixedDelayString = "${vigie.pack-reload-millis:5000}", initialDelayString = "${vigie.pack-reload-millis:5000}")
    public void reloadIfChanged() {
        reload();
    }

    /** Reloads when the folder changed; returns true when a new pack is now in use. */
    public synchronized boolean reload() {
        String hash;
        try {
            hash = RulePackLoader.contentHash(packDir);
        } catch (RuntimeException e) {
            LOG.warn("Paquet de règles illisible dans {} : {}", packDir, e.getMessage());
            return false;
        }
        if (hash.equals(current.get().pack().contentHash()) || hash.equals(rejectedHash)) {
            return false;
        }
        try {
            RulePackChecker next = RulePackChecker.open(packDir, limits);
            current.set(next);
            loadedAt = Instant.now();
            rejectedHash = null;
            rejectedErrors = List.of();
            LOG.warn("Paquet de règles rechargé : {} {} (empreinte {})", next.pack().id(), next.pack().version(),
                    next.pack().contentHash().substring(0, 12));
            return true;
        } catch (PackException e) {
            reject(hash, e.getMessage(), e.diagnostics().stream().map(Object::toString).toList());
        } catch (VocabularyException e) {
            reject(hash, e.getMessage(), List.of());
        } catch (RuntimeException e) {
            reject(hash, "Paquet inutilisable : " + e.getMessage(), List.of());
        }
        return false;
    }

    private void reject(String hash, String message, List<String> diagnostics) {
        rejectedHash = hash;
        List<String> errors = new java.util.ArrayList<>();
        errors.add(message);
        errors.addAll(diagnostics);
        rejectedErrors = List.copyOf(errors);
        LOG.error("Paquet de règles modifié mais refusé, l'ancien reste en service : {}", String.join(" | ", errors));
    }
}
