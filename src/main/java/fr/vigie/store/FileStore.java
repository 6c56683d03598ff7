package fr.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Uploaded documents on disk: {@code <data dir>/files/<dossier id>/<file name>}. Names are cleaned so that
 * no upload can escape its folder; files are never executed, and the web layer never serves them with an
 * active content type.
 */
public final class FileStore {

    private final Path root;

    public FileStore(Path dataDir) {
        this.root = dataDir.resolve("files");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Répertoire de données inutilisable : " + root, e);
        }
    }

    public Path dossierDir(String dossierId) {
        if (!dossierId.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("identifiant de dossier invalide");
        }
        return root.resolve(dossierId);
    }

    public Path file(String dossierId, String name) {
        Path p = dossierDir(dossierId).resolve(cleanName(name)).normalize();
        if (!p.getParent().equals(dossierDir(dossierId))) {
            throw new IllegalArgumentException("nom de fichier invalide");
        }
        return p;
    }

    public void delete(String dossierId) {
        Path dir = dossierDir(dossierId);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last path segment, without control characters, separators or leading dots; never empty. */
    public static String cleanName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").replaceFirst("^\\.+", "").strip();
        if (name.length() > 150) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 150 - ext.length()) + ext;
        }
        return name.isEmpty() ? "document" : name;
    }
}
