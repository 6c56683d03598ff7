package fr.vigie.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files of a dossier: the given files, and the regular files of the given folders. */
public final class DossierFiles {

    private DossierFiles() {
    }

    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                // A folder given through a symbolic link is walked where it points: Files.walk does not follow a link,
                // not even the one it starts from, and the dossier would look empty. Links inside stay unfollowed.
                try (Stream<Path> walk = Files.walk(Files.isSymbolicLink(path) ? path.toRealPath() : path)) {
                    walk.filter(Files::isRegularFile).filter(DossierFiles::isDocument).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Hidden files, gold labels and read-me files of a folder are not documents of the dossier. */
    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".gold.yaml") && !name.startsWith("README");
    }
}
