package fr.vigie.waiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a waiver file (YAML), as legal staff write it:
 * <pre>
 * derogations:
 *   - exigence: SLA-01
 *     dossier: "DPI-2026*"          # ou : prestataire: "Éditeur Santé SAS"
 *     justification: "Disponibilité 99,2 % acceptée pendant la migration, avenant en cours."
 *     auteur: "M. Durand, juriste du GHT"
 *     expire: 2027-03-31
 * </pre>
 * English keys (waivers, requirement, provider, author, expires) are accepted too. Every problem is reported
 * with the entry's number, and an unknown requirement ID is an error.
 */
public final class WaiverFile {

    // A key written twice (two « label: » in one topic) is an authoring mistake: refused, not silently overwritten.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private WaiverFile() {
    }

    public static List<Waiver> load(Path file, Set<String> knownRequirements) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new WaiverException("Fichier de dérogations illisible " + file + " : "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode list = root == null ? null : root.has("derogations") ? root.get("derogations") : root.get("waivers");
        if (list == null || !list.isArray()) {
            throw new WaiverException(file + " : liste « derogations » attendue.");
        }
        List<Waiver> waivers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (JsonNode w : list) {
            n++;
            String where = file.getFileName() + ", dérogation n° " + n;
            String requirement = text(w, "exigence", "requirement");
            String dossier = text(w, "dossier", "dossier");
            String provider = text(w, "prestataire", "provider");
            String justification = text(w, "justification", "justification");
            String author = text(w, "auteur", "author");
            String expires = text(w, "expire", "expires");
            if (requirement == null) {
                problems.add(where + " : « exigence » manquante.");
            } else if (!knownRequirements.contains(requirement)) {
                problems.add(where + " : exigence inconnue « " + requirement + " » dans ce paquet.");
            }
            if (dossier == null && provider == null) {
                problems.add(where + " : indiquez « dossier » ou « prestataire ».");
            }
            if (justification == null) {
                problems.add(where + " : « justification » manquante.");
            }
            if (author == null) {
                problems.add(where + " : « auteur » manquant.");
            }
            LocalDate date = null;
            if (expires == null) {
                problems.add(where + " : « expire » manquante (date AAAA-MM-JJ).");
            } else {
                try {
                    date = LocalDate.parse(expires);
                } catch (DateTimeParseException e) {
                    problems.add(where + " : date « " + expires + " » invalide (attendu AAAA-MM-JJ).");
                }
            }
            if (problems.isEmpty()) {
                waivers.add(new Waiver(requirement, dossier, provider, justification, author, date));
            }
        }
        if (!problems.isEmpty()) {
            throw new WaiverException(String.join("\n", problems));
        }
        return List.copyOf(waivers);
    }

    private static String text(JsonNode node, String french, String english) {
        JsonNode v = node.has(french) ? node.get(french) : node.get(english);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
