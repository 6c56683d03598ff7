package fr.vigie.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * One dossier of a sweep: the files judged together.
 *
 * @param id            stable identifier, unique in the sweep (the folder path relative to the input, or the
 *                      manifest's dossier name); the key of its state and report files
 * @param establishment the establishment the dossier belongs to (« » when unknown)
 * @param files         the documents, sorted
 */
public record SweepDossier(String id, String establishment, List<Path> files) {

    public SweepDossier {
        files = List.copyOf(files);
    }

    /** A file name made of the id: letters, digits, dot, dash and underscore only; « / » becomes « __ ». */
    public String slug() {
        return slugOf(id);
    }

    public static String slugOf(String id) {
        return id.replace("/", "__").replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }
}
