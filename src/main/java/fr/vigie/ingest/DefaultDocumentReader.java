package fr.vigie.ingest;

import fr.vigie.document.Document;
import fr.vigie.document.DocumentBuilder;
import fr.vigie.document.DocumentFailure;
import fr.vigie.document.FailureKind;
import fr.vigie.document.LanguageDetector;
import fr.vigie.document.Line;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads any supported file: the type is detected from the content, PDFs are read page by page with
 * PDFBox (OCR through Tika for pages without a text layer), other formats through Tika.
 * Every problem becomes a {@link ReadResult.Failed} with a French message.
 */
public final class DefaultDocumentReader implements DocumentReader {

    private static final Detector DETECTOR = new DefaultDetector();
    private static final Set<String> TEXT_FORMATS = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html", "application/xhtml+xml",
            "text/plain");
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vigie-read");
        t.setDaemon(true);
        return t;
    });

    static {
        XmlFactories.pin();
    }

    private final IngestLimits limits;

    public DefaultDocumentReader() {
        this(IngestLimits.defaults());
    }

    public DefaultDocumentReader(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public ReadResult read(Path file) {
        String name = file.getFileName().toString();
        String sha = null;
        try {
            if (!Files.isRegularFile(file)) {
                throw new IngestException(FailureKind.NOT_FOUND, "Fichier introuvable : " + file);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException(FailureKind.EMPTY, "Le fichier est vide (0 octet).");
            }
            if (size > limits.maxBytes()) {
                throw new IngestException(FailureKind.TOO_LARGE, "Le fichier pèse " + megabytes(size)
                        + " Mo, au-delà de la limite de " + megabytes(limits.maxBytes()) + " Mo.");
            }
            byte[] bytes = Files.readAllBytes(file);
            sha = sha256(bytes);
            if (ZipGuard.isZip(bytes)) {
                // Measured before anything else reads the archive, including type detection.
                ZipGuard.check(bytes, limits);
            }
            MediaType detectedType = detect(bytes);
            String detected = detectedType.getBaseType().toString();
            // Tika's magic can take a short text for mail or news; readable text is read as text.
            String type = !TEXT_FORMATS.contains(detected) && PlainText.looksLikeText(bytes) ? "text/plain" : detected;
            // Tika is told the type found here rather than detecting it a second time.
            MediaType parseType = type.equals(detected) ? detectedType : MediaType.TEXT_PLAIN;
            if (!TEXT_FORMATS.contains(type)) {
                throw new IngestException(FailureKind.UNSUPPORTED_TYPE, "Format non pris en charge (" + type
                        + ") : Vigie lit les PDF, DOCX, DOC, ODT, RTF, HTML et TXT.");
            }
            String checksum = sha;
            Future<Document> parsing = WORKERS.submit(() -> parse(name, checksum, type, parseType, bytes));
            try {
                return new ReadResult.Read(parsing.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                parsing.cancel(true);
                throw new IngestException(FailureKind.TIMEOUT, "La lecture a dépassé " + limits.timeout().toSeconds()
                        + " s ; le document est peut-être piégé ou démesuré.");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IngestException ie) {
                    throw ie;
                }
                throw new IngestException(FailureKind.CORRUPT, "Le document n'a pas pu être lu ("
                        + PdfLineReader.firstLine(e.getCause()) + ").", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IngestException(FailureKind.TIMEOUT, "Lecture interrompue.");
            }
        } catch (IngestException e) {
            return new ReadResult.Failed(new DocumentFailure(name, sha, e.kind(), e.getMessage()));
        } catch (IOException e) {
            return new ReadResult.Failed(new DocumentFailure(name, sha, FailureKind.IO_ERROR,
                    "Lecture impossible : " + PdfLineReader.firstLine(e)));
        } catch (OutOfMemoryError e) {
            return new ReadResult.Failed(new DocumentFailure(name, sha, FailureKind.TOO_LARGE,
                    "Le document demande trop de mémoire pour être lu."));
        }
    }

    private Document parse(String name, String sha, String type, MediaType parseType, byte[] bytes) throws IngestException {
        List<String> warnings = new ArrayList<>();
        List<Line> lines;
        int pages;
        Set<Integer> ocrPages = Set.of();
        if (type.equals("application/pdf")) {
            PdfLineReader.Result pdf = PdfLineReader.read(bytes, limits);
            lines = pdf.lines();
            pages = pdf.pageCount();
            if (!pdf.emptyPages().isEmpty()) {
                if (limits.ocr() && Ocr.available()) {
                    TikaLineReader.Result ocr = TikaLineReader.read(bytes, true, parseType);
                    lines = merge(pdf, ocr.lines());
                    ocrPages = pdf.emptyPages();
                    warnings.add("Page(s) sans couche texte lue(s) par OCR : " + pdf.emptyPages().stream().sorted().toList());
                } else if (pdf.emptyPages().size() == pages) {
                    throw new IngestException(FailureKind.NO_TEXT, "Le PDF n'a aucune couche texte (document scanné). "
                            + (limits.ocr() ? "Installez tesseract-ocr et tesseract-ocr-fra pour l'OCR."
                            : "L'OCR est désactivé."));
                } else {
                    warnings.add("Page(s) sans couche texte, non lue(s) : " + pdf.emptyPages().stream().sorted().toList());
                }
            }
        } else {
            TikaLineReader.Result tika = TikaLineReader.read(bytes, false, parseType);
            lines = tika.lines();
            pages = tika.pageCount();
        }
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new IngestException(FailureKind.NO_TEXT, "Le document ne contient aucun texte lisible.");
        }
        Document built = DocumentBuilder.build(name, sha, type, lines, pages, ocrPages, warnings);
        LanguageDetector.Result language = LanguageDetector.detect(built.sentences());
        if (!"fr".equals(language.language())) {
            warnings.add("Document rédigé principalement en « " + language.language()
                    + " » : le vocabulaire du paquet est français, l'analyse peut manquer des clauses.");
        } else if (language.bilingual()) {
            warnings.add("Document bilingue : les deux versions sont analysées.");
        }
        return new Document(built.name(), built.sha256(), built.mediaType(), language.language(), language.bilingual(),
                built.text(), built.pages(), built.sections(), built.sentences(), warnings);
    }

    /** Text pages from PDFBox, OCR pages from Tika (which numbers its page divisions from 1). */
    private static List<Line> merge(PdfLineReader.Result pdf, List<Line> ocrLines) {
        List<Line> merged = new ArrayList<>();
        for (int p = 1; p <= pdf.pageCount(); p++) {
            int page = p;
            List<Line> source = pdf.emptyPages().contains(p) ? ocrLines : pdf.lines();
            source.stream().filter(l -> l.page() == page).forEach(merged::add);
        }
        return merged;
    }

    private static MediaType detect(byte[] bytes) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return DETECTOR.detect(in, new Metadata());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.FRANCE, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
