package fr.vigie.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large deterministic corpus for the sweep benchmark: establishments / dossiers / documents, PDF and DOCX,
 * 6 to 14 pages each, with hosting, availability, reversibility, security and GDPR clauses drawn from
 * compliant, deficient and silent variants among contractual filler. Same seed, same bytes-for-text corpus.
 *
 * <pre>java ... fr.vigie.bench.SweepCorpusGenerator OUT_DIR [DOCUMENTS=2000] [SEED=2026]</pre>
 */
public final class SweepCorpusGenerator {

    private static final String[][] CLAUSES = {
            {"Le Titulaire héberge les données de santé exclusivement dans des centres de données situés en France et certifiés HDS.",
                    "Les données peuvent être hébergées dans tout pays où le Prestataire ou ses affiliés disposent d'installations.",
                    "L'hébergement est assuré dans l'Union européenne, sur des sites dont la liste figure en annexe."},
            {"Le Titulaire garantit une disponibilité mensuelle du service de 99,9 %, hors maintenance programmée.",
                    "Le Prestataire s'efforce d'assurer une disponibilité de 98 % calculée sur l'année.",
                    "La disponibilité fait l'objet d'un suivi dans le cadre du comité de pilotage."},
            {"À la fin du marché, quelle qu'en soit la cause, le Titulaire restitue l'intégralité des données dans un format ouvert, sans frais.",
                    "À l'expiration du contrat, les données du Client sont supprimées dans un délai de trente jours.",
                    "La réversibilité fait l'objet d'un plan remis dans les trois mois suivant la notification."},
            {"Le Titulaire notifie à l'Établissement toute violation de données dans un délai de vingt-quatre (24) heures.",
                    "Le Prestataire informe le Client des incidents de sécurité dans les meilleurs délais.",
                    "Les données sont chiffrées au repos et en transit selon l'état de l'art."},
            {"Le Titulaire ne recrute aucun sous-traitant ultérieur sans l'autorisation écrite préalable de l'Établissement.",
                    "Le Prestataire peut faire appel à tout sous-traitant de son choix sans en informer le Client.",
                    "Le Titulaire agit uniquement sur instruction documentée du responsable de traitement."},
    };

    private static final String[] FILLER = {
            "Le présent marché est passé selon la procédure d'appel d'offres ouvert prévue par le code de la commande publique.",
            "Les prestations sont exécutées conformément aux stipulations du cahier des clauses techniques particulières.",
            "Le comité de pilotage se réunit une fois par trimestre et donne lieu à un compte rendu validé par les parties.",
            "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres frappant la prestation.",
            "Toute modification du périmètre fait l'objet d'un avenant signé par les représentants habilités des parties.",
            "Le Titulaire désigne un interlocuteur unique chargé du suivi de l'exécution des prestations.",
            "Les délais courent à compter du lendemain de la réception de l'ordre de service par le Titulaire.",
            "Les documents remis au titre de la recette sont rédigés en langue française et transmis sous forme électronique.",
    };

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/corpus");
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        long start = System.nanoTime();
        int[] totals = generate(out, documents, seed);
        Files.writeString(out.resolveSibling(out.getFileName() + ".stats"),
                "documents=" + totals[0] + "\npages=" + totals[1] + "\ndossiers=" + totals[2] + "\n");
        System.out.printf("Corpus : %d documents, %d pages, %d dossiers dans %s (%d ms)%n", totals[0], totals[1], totals[2],
                out, (System.nanoTime() - start) / 1_000_000);
    }

    /** @return documents, pages, dossiers */
    static int[] generate(Path out, int documents, long seed) throws IOException {
        Random random = new Random(seed);
        int pages = 0;
        int dossiers = 0;
        int doc = 0;
        while (doc < documents) {
            String establishment = String.format("etablissement-%02d", dossiers % 25);
            Path dossier = out.resolve(establishment).resolve(String.format("dossier-%04d", dossiers++));
            Files.createDirectories(dossier);
            int docsInDossier = Math.min(documents - doc, 1 + random.nextInt(3));
            for (int d = 0; d < docsInDossier; d++, doc++) {
                int pageCount = 6 + random.nextInt(9);
                List<List<String>> content = pages(random, pageCount, doc);
                if (random.nextInt(3) == 0) {
                    docx(dossier.resolve("piece-" + d + ".docx"), content);
                } else {
                    pdf(dossier.resolve("piece-" + d + ".pdf"), content);
                }
                pages += pageCount;
            }
        }
        return new int[]{doc, pages, dossiers};
    }

    static List<List<String>> pages(Random random, int count, int doc) {
        List<List<String>> pages = new ArrayList<>();
        int article = 1;
        for (int p = 0; p < count; p++) {
            List<String> lines = new ArrayList<>();
            for (int block = 0; block < 4; block++) {
                lines.add("Article " + article++ + " – Stipulations du document " + doc);
                for (int i = 0; i < 5; i++) {
                    lines.add(FILLER[random.nextInt(FILLER.length)]);
                }
                if (random.nextInt(4) == 0) {
                    String[] variants = CLAUSES[random.nextInt(CLAUSES.length)];
                    lines.add(variants[random.nextInt(variants.length)]);
                }
            }
            pages.add(lines);
        }
        return pages;
    }

    static void pdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                    float y = 790;
                    for (String line : lines) {
                        for (String piece : wrap(line, 95)) {
                            c.beginText();
                            c.setFont(font, 9);
                            c.newLineAtOffset(50, y);
                            c.showText(piece);
                            c.endText();
                            y -= 12;
                        }
                        y -= 4;
                    }
                }
            }
            pdf.save(file.toFile());
        }
    }

    private static void docx(Path file, List<List<String>> pages) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int p = 0; p < pages.size(); p++) {
                for (String line : pages.get(p)) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    if (line.startsWith("Article ")) {
                        paragraph.setStyle("Heading2");
                    }
                    paragraph.createRun().setText(line);
                }
                if (p < pages.size() - 1) {
                    docx.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            docx.getProperties().getExtendedProperties().setPages(pages.size());
            docx.write(out);
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() + word.length() + 1 > width && !current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
