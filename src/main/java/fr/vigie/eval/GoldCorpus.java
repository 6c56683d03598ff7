package fr.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.vigie.facts.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the gold files of a corpus and checks them: every requirement of the pack exactly once, known statuses. */
public final class GoldCorpus {

    // A key written twice (two « label: » in one topic) is an authoring mistake: refused, not silently overwritten.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private GoldCorpus() {
    }

    public static List<GoldDossier> load(Path corpus, List<String> splits, List<String> requirementIds) {
        List<GoldDossier> dossiers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String split : splits) {
            Path dir = corpus.resolve(split);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path gold : files.filter(f -> f.getFileName().toString().endsWith(".gold.yaml")).sorted().toList()) {
                    dossiers.add(read(gold, split, requirementIds, problems));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Fichiers de référence invalides :\n  " + String.join("\n  ", problems));
        }
        return dossiers;
    }

    private static GoldDossier read(Path file, String split, List<String> ids, List<String> problems) throws IOException {
        String id = file.getFileName().toString().replaceFirst("\\.gold\\.yaml$", "");
        String where = split + "/" + file.getFileName();
        JsonNode node = YAML.readTree(file.toFile());
        Path folder = file.resolveSibling(id);
        if (!Files.isDirectory(folder)) {
            problems.add(where + " : le dossier " + split + "/" + id + "/ n'existe pas.");
        }
        Map<String, Status> labels = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        node.path("requirements").properties().forEach(e -> {
            try {
                labels.put(e.getKey(), Status.valueOf(e.getValue().path("status").asText()));
                reasons.put(e.getKey(), e.getValue().path("why").asText(""));
            } catch (IllegalArgumentException ex) {
                problems.add(where + " : " + e.getKey() + " : statut inconnu « " + e.getValue().path("status").asText() + " ».");
            }
        });
        Set<String> known = Set.copyOf(ids);
        for (String rid : ids) {
            if (!labels.containsKey(rid)) {
                problems.add(where + " : l'exigence " + rid + " n'a pas d'étiquette.");
            }
        }
        labels.keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> problems.add(where + " : exigence inconnue « " + k + " »."));
        return new GoldDossier(id, split, folder, node.path("profile").asText("standard"), booleans(node.path("assume")),
                booleans(node.path("conditions")), labels, reasons);
    }

    private static Map<String, Boolean> booleans(JsonNode node) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asBoolean()));
        return map;
    }
}
