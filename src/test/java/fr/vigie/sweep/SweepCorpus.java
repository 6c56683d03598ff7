package fr.vigie.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small deterministic corpora for sweep tests: text dossiers of varied quality, grouped by establishment. */
final class SweepCorpus {

    static final List<String> GOOD = List.of(
            "Article 3 – Hébergement\nLe Titulaire héberge les données de santé exclusivement en France, dans des centres "
                    + "de données certifiés HDS pour les activités 1 à 6.",
            "Article 7 – Disponibilité\nLe Titulaire garantit une disponibilité mensuelle de 99,9 %.",
            "Article 9 – Réversibilité\nÀ la fin du marché, le Titulaire restitue l'intégralité des données dans un format "
                    + "ouvert et documenté, sans frais supplémentaires.");

    static final List<String> BAD = List.of(
            "Article 3 – Hébergement\nLes données peuvent être hébergées dans tout pays où le Prestataire dispose "
                    + "d'installations, y compris aux États-Unis.",
            "Article 7 – Disponibilité\nLe Prestataire s'efforce d'assurer une disponibilité de 97 % sur l'année.",
            "Article 9 – Fin du contrat\nÀ l'expiration du contrat, les données sont supprimées sans restitution.");

    private SweepCorpus() {
    }

    /** {@code count} dossiers under two establishments; dossier i is good when i % 3 == 0. */
    static Path write(Path root, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String establishment = i % 2 == 0 ? "CHU-Nord" : "CH-Est";
            Path dossier = root.resolve(establishment).resolve(String.format("marche-%03d", i));
            Files.createDirectories(dossier);
            List<String> clauses = i % 3 == 0 ? GOOD : BAD;
            String body = "Contrat de prestation de services en mode SaaS n° " + i + "\n\n" + String.join("\n\n", clauses) + "\n";
            Files.writeString(dossier.resolve("contrat.txt"), body, StandardCharsets.UTF_8);
        }
        return root;
    }
}
