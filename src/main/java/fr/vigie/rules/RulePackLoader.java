package fr.vigie.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.vigie.facts.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a pack folder: {@code pack.yaml}, {@code profiles/*.yaml} and the metadata
 * {@code <FAMILY>/<ID>.yaml} of every requirement. Problems are collected and reported together,
 * each naming its file, so an author fixes them in one pass.
 */
public final class RulePackLoader {

    // A key written twice (two « label: » in one topic) is an authoring mistake: refused, not silently overwritten.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final List<String> problems = new ArrayList<>();

    private RulePackLoader() {
    }

    public static RulePack load(Path root) {
        if (!Files.isRegularFile(root.resolve("pack.yaml"))) {
            throw new PackException("Paquet de règles introuvable : " + root + " ne contient pas de pack.yaml.");
        }
        return new RulePackLoader().read(root.toAbsolutePath().normalize());
    }

    private RulePack read(Path root) {
        JsonNode manifest = yaml(root, root.resolve("pack.yaml"));
        String id = text(manifest, "id", "pack.yaml");
        String version = text(manifest, "version", "pack.yaml");
        String title = text(manifest, "title", "pack.yaml");
        String defaultProfile = text(manifest, "default-profile", "pack.yaml");
        List<String> families = new ArrayList<>();
        manifest.path("families").forEach(f -> families.add(f.asText()));
        if (families.isEmpty()) {
            problems.add("pack.yaml : la liste « families » est vide.");
        }
        Map<String, ConditionSpec> conditions = new LinkedHashMap<>();
        manifest.path("conditions").properties().forEach(e -> conditions.put(e.getKey(),
                new ConditionSpec(e.getKey(), e.getValue().path("label").asText(e.getKey()),
                        e.getValue().path("default").asBoolean(false))));

        Map<String, ProfileSpec> profiles = readProfiles(root);
        if (!profiles.containsKey(defaultProfile)) {
            problems.add("pack.yaml : le profil par défaut « " + defaultProfile + " » n'existe pas dans profiles/.");
        }
        problems.addAll(ThresholdTable.problems(root, profiles.keySet()));
        List<RequirementSpec> requirements = readRequirements(root, families, conditions.keySet());
        if (!problems.isEmpty()) {
            throw new PackException("Le paquet " + root.getFileName() + " contient " + problems.size()
                    + " erreur(s).", problems);
        }
        List<String> overriding = new ArrayList<>();
        manifest.path("overriding-documents").forEach(k -> overriding.add(k.asText()));
        List<String> answering = new ArrayList<>();
        manifest.path("answering-documents").forEach(k -> answering.add(k.asText()));
        Set<String> perCompany = new java.util.LinkedHashSet<>();
        manifest.path("per-company-requirements").forEach(k -> perCompany.add(k.asText()));
        Map<String, Set<String>> perItem = new LinkedHashMap<>();
        manifest.path("per-item-requirements").properties().forEach(e -> {
            Set<String> topics = new java.util.LinkedHashSet<>();
            e.getValue().forEach(t -> topics.add(t.asText()));
            perItem.put(e.getKey(), topics);
        });
        return new RulePack(id, version, title, root, contentHash(root), defaultProfile, families, requirements,
                profiles, conditions, overriding, manifest.path("precedence-topic").asText(""),
                manifest.path("deference-topic").asText(""), manifest.path("rest-in-force-topic").asText(""),
                manifest.path("express-derogation-topic").asText(""), manifest.path("untouched-terms-topic").asText(""),
                answering, perCompany, perItem);
    }

    private Map<String, ProfileSpec> readProfiles(Path root) {
        Map<String, ProfileSpec> profiles = new LinkedHashMap<>();
        for (Path file : list(root.resolve("profiles"), ".yaml")) {
            String where = root.relativize(file).toString();
            JsonNode node = yaml(root, file);
            String name = text(node, "id", where);
            Map<String, Severity> severities = new LinkedHashMap<>();
            node.path("severity").properties().forEach(e -> severity(e.getValue().asText(), where)
                    .ifPresent(s -> severities.put(e.getKey(), s)));
            List<String> excluded = new ArrayList<>();
            node.path("exclude").forEach(x -> excluded.add(x.asText()));
            String parent = node.hasNonNull("extends") ? node.get("extends").asText() : null;
            profiles.put(name, new ProfileSpec(name, node.path("title").asText(name), parent, Set.copyOf(excluded),
                    severities));
        }
        profiles.values().stream().filter(p -> p.parent() != null && !profiles.containsKey(p.parent()))
                .forEach(p -> problems.add("profiles/" + p.name() + ".yaml : le profil parent « " + p.parent()
                        + " » n'existe pas."));
        return profiles;
    }

    private List<RequirementSpec> readRequirements(Path root, List<String> families, Set<String> conditionNames) {
        List<RequirementSpec> requirements = new ArrayList<>();
        for (String family : families) {
            for (Path file : list(root.resolve(family), ".yaml")) {
                if (file.getFileName().toString().endsWith(".cases.yaml")) {
                    continue;
                }
                String where = root.relativize(file).toString();
                JsonNode node = yaml(root, file);
                String id = text(node, "id", where);
                String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                if (!stem.equals(id)) {
                    problems.add(where + " : l'identifiant « " + id + " » doit être le nom du fichier (« " + stem + " »).");
                }
                if (!node.path("domain").asText(family).equals(family)) {
                    problems.add(where + " : le domaine « " + node.path("domain").asText()
                            + " » ne correspond pas au dossier " + family + ".");
                }
                Severity severity = severity(text(node, "severity", where), where).orElse(Severity.MAJOR);
                Map<String, Severity> severityWhen = new LinkedHashMap<>();
                node.path("severity-when").properties().forEach(e -> {
                    checkCondition(e.getKey(), conditionNames, where);
                    severity(e.getValue().asText(), where).ifPresent(s -> severityWhen.put(e.getKey(), s));
                });
                List<String> appliesWhen = new ArrayList<>();
                node.path("applies-when").forEach(c -> {
                    checkCondition(c.asText(), conditionNames, where);
                    appliesWhen.add(c.asText());
                });
                Status onSilence = switch (node.path("on-silence").asText("MISSING")) {
                    case "MET" -> Status.MET;
                    case "MISSING" -> Status.MISSING;
                    default -> {
                        problems.add(where + " : « on-silence » doit valoir MISSING ou MET, trouvé « "
                                + node.path("on-silence").asText() + " ».");
                        yield Status.MISSING;
                    }
                };
                requirements.add(new RequirementSpec(id, text(node, "title", where), family, severity, severityWhen,
                        appliesWhen, onSilence, text(node, "reference", where), text(node, "remediation", where),
                        node.path("rationale").asText(""), node.path("since").asText("")));
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        requirements.stream().filter(r -> !seen.add(r.id()))
                .forEach(r -> problems.add("exigence " + r.id() + " définie deux fois."));
        return requirements;
    }

    private void checkCondition(String name, Set<String> known, String where) {
        if (!known.contains(name)) {
            problems.add(where + " : condition inconnue « " + name + " » (conditions du paquet : "
                    + String.join(", ", known) + ").");
        }
    }

    private java.util.Optional<Severity> severity(String value, String where) {
        try {
            return java.util.Optional.of(Severity.valueOf(value));
        } catch (IllegalArgumentException e) {
            problems.add(where + " : gravité « " + value + " » inconnue (CRITICAL, MAJOR ou MINOR).");
            return java.util.Optional.empty();
        }
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            problems.add(where + " : le champ « " + field + " » est obligatoire.");
            return "";
        }
        return value.asText().strip();
    }

    private JsonNode yaml(Path root, Path file) {
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return node == null ? YAML.createObjectNode() : node;
        } catch (IOException e) {
            problems.add(root.relativize(file) + " : YAML illisible — " + e.getMessage().lines().findFirst().orElse(""));
            return YAML.createObjectNode();
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over the sorted relative paths and bytes of every file of the pack. */
    public static String contentHash(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> root.relativize(p).toString())).toList()) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
