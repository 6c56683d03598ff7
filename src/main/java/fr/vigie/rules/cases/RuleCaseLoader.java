package fr.vigie.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.vigie.facts.Status;
import fr.vigie.rules.PackException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads every {@code *.cases.yaml} of a pack. */
public final class RuleCaseLoader {

    // A key written twice (two « label: » in one topic) is an authoring mistake: refused, not silently overwritten.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private RuleCaseLoader() {
    }

    public static List<RuleCase> load(Path packRoot) {
        List<RuleCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(packRoot)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cases.yaml")).sorted().toList()) {
                cases.addAll(read(packRoot, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static List<RuleCase> read(Path root, Path file) throws IOException {
        String where = root.relativize(file).toString();
        JsonNode node;
        try {
            node = YAML.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PackException(where + " : YAML illisible — " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (ligne " + e.getLocation().getLineNr() + ")"));
        }
        String requirement = node.path("requirement").asText();
        if (requirement.isBlank()) {
            throw new PackException(where + " : le champ « requirement » est obligatoire.");
        }
        Map<String, Boolean> defaults = assumptions(node.path("defaults").path("assume"));
        List<RuleCase> cases = new ArrayList<>();
        for (JsonNode c : node.path("cases")) {
            if (c.path("disabled").asBoolean(false)) {
                continue;
            }
            String description = c.path("description").asText("(sans description)");
            Status expected;
            try {
                expected = Status.valueOf(c.path("expect").path("status").asText());
            } catch (IllegalArgumentException e) {
                throw new PackException(where + " : cas « " + description + " » : statut attendu inconnu « "
                        + c.path("expect").path("status").asText() + " ».");
            }
            Map<String, Boolean> assume = new LinkedHashMap<>(defaults);
            assume.putAll(assumptions(c.path("assume")));
            // « from-text: [EXTERNAL_HOSTING] » drops a file default, so the case tests how the text decides it.
            c.path("from-text").forEach(n -> assume.remove(n.asText()));
            List<Path> documents = new ArrayList<>();
            c.path("documents").forEach(d -> documents.add(root.resolve(d.asText())));
            String text = c.hasNonNull("text") ? c.get("text").asText() : null;
            if (text == null && documents.isEmpty()) {
                throw new PackException(where + " : cas « " + description + " » : ni « text » ni « documents ».");
            }
            cases.add(new RuleCase(requirement, description, file, text, documents,
                    c.hasNonNull("profile") ? c.get("profile").asText() : null, assume, expected,
                    c.path("expect").hasNonNull("evidence-contains") ? c.path("expect").get("evidence-contains").asText() : null,
                    c.path("known-gap").asBoolean(false)));
        }
        return cases;
    }

    private static Map<String, Boolean> assumptions(JsonNode node) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asBoolean()));
        return map;
    }
}
