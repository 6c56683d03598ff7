package fr.vigie.sweep;

import fr.vigie.check.DossierFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which dossiers a sweep judges. Two ways to say it:
 * <ul>
 *   <li>a folder: every sub-folder holding documents is a dossier; a sub-folder that holds only folders is an
 *       establishment and its sub-folders are its dossiers (« CHU-Nord/contrat-dpi/ »);</li>
 *   <li>a CSV manifest (columns {@code fichier;dossier;etablissement}, comma or semicolon), file paths relative
 *       to the manifest, for corpora whose folders do not follow the dossiers.</li>
 * </ul>
 */
public final class SweepPlan {

    private SweepPlan() {
    }

    /** The dossiers under a folder, or listed by a manifest file; sorted by id. */
    public static List<SweepDossier> of(Path input) {
        if (Files.isRegularFile(input)) {
            return fromManifest(input);
        }
        if (!Files.isDirectory(input)) {
            throw new SweepException("Entrée introuvable : " + input);
        }
        List<SweepDossier> dossiers = new ArrayList<>();
        for (Path child : children(input)) {
            if (!Files.isDirectory(child)) {
                continue;
            }
            List<Path> files = documentsDirectlyIn(child);
            List<Path> subfolders = children(child).stream().filter(Files::isDirectory).toList();
            if (files.isEmpty() && !subfolders.isEmpty()) {
                String establishment = child.getFileName().toString();
                for (Path sub : subfolders) {
                    dossiers.add(new SweepDossier(establishment + "/" + sub.getFileName(), establishment,
                            DossierFiles.expand(List.of(sub))));
                }
            } else {
                dossiers.add(new SweepDossier(child.getFileName().toString(), "", DossierFiles.expand(List.of(child))));
            }
        }
        dossiers.removeIf(d -> d.files().isEmpty());
        dossiers.sort(java.util.Comparator.comparing(SweepDossier::id));
        return List.copyOf(dossiers);
    }

    static List<SweepDossier> fromManifest(Path manifest) {
        Path base = manifest.toAbsolutePath().getParent();
        Map<String, String> establishments = new LinkedHashMap<>();
        Map<String, List<Path>> files = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            String firstLine = Files.lines(manifest, StandardCharsets.UTF_8).findFirst().orElse("");
            char delimiter = firstLine.contains(";") ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = format.parse(reader)) {
                Map<String, Integer> header = lowerCase(parser.getHeaderMap());
                int file = column(header, manifest, "fichier", "file");
                int dossier = column(header, manifest, "dossier");
                Integer establishment = header.getOrDefault("etablissement",
                        header.getOrDefault("établissement", header.get("establishment")));
                for (CSVRecord row : parser) {
                    String id = row.get(dossier);
                    files.computeIfAbsent(id, k -> new ArrayList<>()).add(base.resolve(row.get(file)).normalize());
                    if (establishment != null) {
                        establishments.putIfAbsent(id, row.get(establishment));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SweepException("Manifeste illisible " + manifest + " : " + e.getMessage());
        }
        List<SweepDossier> dossiers = new ArrayList<>();
        files.forEach((id, list) -> dossiers.add(new SweepDossier(id, establishments.getOrDefault(id, ""),
                list.stream().sorted().toList())));
        dossiers.sort(java.util.Comparator.comparing(SweepDossier::id));
        return List.copyOf(dossiers);
    }

    private static Map<String, Integer> lowerCase(Map<String, Integer> header) {
        Map<String, Integer> map = new LinkedHashMap<>();
        header.forEach((k, v) -> map.put(k.strip().toLowerCase(Locale.ROOT), v));
        return map;
    }

    private static int column(Map<String, Integer> header, Path manifest, String... names) {
        for (String name : names) {
            if (header.containsKey(name)) {
                return header.get(name);
            }
        }
        throw new SweepException("Manifeste " + manifest + " : colonne « " + names[0] + " » absente (colonnes attendues : "
                + "fichier, dossier, etablissement).");
    }

    private static List<Path> documentsDirectlyIn(Path folder) {
        return children(folder).stream().filter(Files::isRegularFile)
                .filter(DossierFiles::isDocument).toList();
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
