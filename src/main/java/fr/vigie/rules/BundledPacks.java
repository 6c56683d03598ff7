package fr.vigie.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packs shipped inside Vigie's jar (resources {@code rules/<pack>/}), copied once to a cache
 * folder so that the loader reads plain files.
 */
public final class BundledPacks {

    private BundledPacks() {
    }

    public static Path extract(String pack) {
        URL marker = BundledPacks.class.getResource("/rules/" + pack + "/pack.yaml");
        if (marker == null) {
            throw new PackException("Paquet « " + pack + " » introuvable : indiquez-le avec --pack.");
        }
        try {
            if ("file".equals(marker.getProtocol())) {
                return Path.of(marker.toURI()).getParent();
            }
            Path jar = jarOf(marker);
            String stamp = Long.toHexString(Files.getLastModifiedTime(jar).toMillis()) + "-" + Long.toHexString(Files.size(jar));
            Path target = cacheRoot().resolve(pack + "-" + stamp);
            if (Files.isRegularFile(target.resolve("pack.yaml"))) {
                return target;
            }
            try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
                Path inner = fs.getPath("BOOT-INF/classes/rules/" + pack);
                if (!Files.isDirectory(inner)) {
                    inner = fs.getPath("rules/" + pack);
                }
                Path tmp = Files.createTempDirectory(cacheRoot(), pack + "-tmp");
                Path source = inner;
                try (Stream<Path> walk = Files.walk(source)) {
                    for (Path p : walk.toList()) {
                        Path dest = tmp.resolve(source.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(dest);
                        } else {
                            Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException alreadyThere) {
                    // Another run extracted it first; use theirs.
                }
                return target;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path jarOf(URL marker) throws URISyntaxException {
        URI code = URI.create(BundledPacks.class.getProtectionDomain().getCodeSource().getLocation().toString()
                .replaceFirst("^jar:", "").replaceFirst("^nested:", "").replaceFirst("!.*$", "").replaceFirst("/$", ""));
        String path = code.getPath() != null ? code.getPath() : code.getSchemeSpecificPart();
        return Path.of(path);
    }

    private static Path cacheRoot() throws IOException {
        Path root = Path.of(System.getProperty("user.home"), ".cache", "vigie", "packs");
        Files.createDirectories(root);
        return root;
    }
}
