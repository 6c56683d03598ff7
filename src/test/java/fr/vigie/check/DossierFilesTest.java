package fr.vigie.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DossierFilesTest {

    @Test
    void aFolderGivenThroughASymbolicLinkKeepsItsDocuments(@TempDir Path tmp) throws Exception {
        Path real = Files.createDirectories(tmp.resolve("dossiers/chu-nord"));
        Files.writeString(real.resolve("contrat.txt"), "Article 1 – Objet\nHébergement des dossiers patients.\n");
        Files.writeString(real.resolve("chu-nord.gold.yaml"), "dossier: chu-nord\n");
        Path link = Files.createSymbolicLink(tmp.resolve("lien"), real);
        assertThat(DossierFiles.expand(List.of(link))).extracting(p -> p.getFileName().toString()).containsExactly("contrat.txt");
        assertThat(DossierFiles.expand(List.of(real))).extracting(p -> p.getFileName().toString()).containsExactly("contrat.txt");
    }
}
