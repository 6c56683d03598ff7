package fr.vigie.ingest;

import fr.vigie.document.FailureKind;
import fr.vigie.document.Line;
import fr.vigie.document.TextNormalizer;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DOCX, DOC, ODT, RTF, HTML and TXT (and scanned PDFs through OCR) with Tika, turning its
 * XHTML into lines: headings keep their level, table rows become one line of cells joined by « | »,
 * and Tika's page divisions (PDF, OCR) become pages.
 */
final class TikaLineReader {

    record Result(List<Line> lines, int pageCount) {
    }

    /** The type {@link DefaultDocumentReader} already detected, handed to Tika so it does not detect it again. */
    private static final String KNOWN_TYPE = "vigie:known-type";
    /**
     * Tika's own detector, except for the outer document whose type was detected by the caller (the same
     * {@code DefaultDetector}, on the same bytes): only that one carries {@link #KNOWN_TYPE}. Embedded documents
     * get metadata of their own and are detected as usual.
     */
    private static final Detector DETECTOR = new Detector() {
        private final Detector tika = TikaConfig.getDefaultConfig().getDetector();

        @Override
        public MediaType detect(InputStream input, Metadata metadata) throws IOException {
            String known = metadata.get(KNOWN_TYPE);
            return known != null ? MediaType.parse(known) : tika.detect(input, metadata);
        }
    };
    private static final Parser PARSER = new AutoDetectParser(DETECTOR);
    private static final int MAX_CHARS = 20_000_000;

    private TikaLineReader() {
    }

    static Result read(byte[] bytes, boolean ocrPdf, MediaType type) throws IngestException {
        Handler handler = new Handler();
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage("fra");
        ocr.setSkipOcr(!ocrPdf);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocrPdf ? PDFParserConfig.OCR_STRATEGY.OCR_ONLY : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, PARSER);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            Parser parser = MediaType.TEXT_PLAIN.equals(type.getBaseType()) ? new org.apache.tika.parser.txt.TXTParser() : PARSER;
            Metadata metadata = new Metadata();
            metadata.set(KNOWN_TYPE, type.toString());
            parser.parse(in, new LimitedHandler(handler), metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new IngestException(FailureKind.ENCRYPTED,
                    "Le document est protégé par un mot de passe ; fournissez une version non protégée.", e);
        } catch (ZeroByteFileException e) {
            throw new IngestException(FailureKind.EMPTY, "Le fichier est vide.", e);
        } catch (WriteLimitReachedException e) {
            throw new IngestException(FailureKind.TOO_LARGE, "Le document contient trop de texte (plus de "
                    + MAX_CHARS / 1_000_000 + " millions de caractères).", e);
        } catch (TikaException | SAXException e) {
            String message = PdfLineReader.firstLine(e);
            if (message.toLowerCase(java.util.Locale.ROOT).contains("bomb") || declaresEntities(e)) {
                throw new IngestException(FailureKind.BOMB, "Le document est une « bombe » (décompression ou "
                        + "expansion d'entités XML) : son contenu développé serait démesuré. Il n'a pas été lu.", e);
            }
            throw new IngestException(FailureKind.CORRUPT,
                    "Le document est endommagé ou tronqué et ne peut pas être lu (" + message + ").", e);
        } catch (IOException e) {
            throw new IngestException(FailureKind.IO_ERROR, "Lecture impossible : " + PdfLineReader.firstLine(e), e);
        }
        handler.flush();
        return new Result(handler.lines, Math.max(1, handler.page));
    }

    /** Office XML never declares a DOCTYPE: one that does is an entity-expansion (« billion laughs ») attack. */
    private static boolean declaresEntities(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("DOCTYPE is disallowed") || m.contains("entity expansion") || m.contains("JAXP00010001")) {
                return true;
            }
        }
        return false;
    }

    /** Stops runaway documents: Tika's handler stack lets a write limit through as WriteLimitReached. */
    private static final class LimitedHandler extends org.apache.tika.sax.WriteOutContentHandler {
        LimitedHandler(DefaultHandler delegate) {
            super(delegate, MAX_CHARS);
        }
    }

    private static final class Handler extends DefaultHandler {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder buffer = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private int page = 0;
        private int headingLevel = 0;
        private int tableDepth = 0;
        private boolean breakBefore = true;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String name = local.isEmpty() ? qName : local;
            switch (name) {
                case "div" -> {
                    if ("page".equals(atts.getValue("class"))) {
                        flush();
                        page++;
                        breakBefore = true;
                    }
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush();
                    headingLevel = name.charAt(1) - '0';
                }
                case "table" -> {
                    flush();
                    tableDepth++;
                }
                case "tr" -> cells.clear();
                case "td", "th" -> flushCell();
                case "p", "li", "br", "title" -> flush();
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String name = local.isEmpty() ? qName : local;
            switch (name) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush();
                    headingLevel = 0;
                }
                case "td", "th" -> flushCell();
                case "tr" -> {
                    flushCell();
                    if (!cells.isEmpty()) {
                        emit(String.join(" | ", cells), true);
                    }
                    cells.clear();
                }
                case "table" -> tableDepth = Math.max(0, tableDepth - 1);
                case "p", "li", "div", "title" -> flush();
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            buffer.append(ch, start, length);
        }

        private void flushCell() {
            if (tableDepth > 0) {
                String cell = TextNormalizer.line(buffer.toString().replace('\n', ' '));
                if (!cell.isEmpty()) {
                    cells.add(cell);
                }
                buffer.setLength(0);
            }
        }

        void flush() {
            if (tableDepth > 0) {
                return;
            }
            String text = buffer.toString();
            buffer.setLength(0);
            boolean first = true;
            // A table aligned with spaces under a rule of dashes: its rows become cells before the spaces collapse.
            for (AlignedTables.Out out : AlignedTables.rewrite(java.util.Arrays.asList(text.split("\n")))) {
                if (out.row()) {
                    emit(TextNormalizer.line(out.text()), true);
                    first = false;
                    continue;
                }
                String raw = out.text();
                String line = TextNormalizer.line(raw);
                if (line.isEmpty()) {
                    breakBefore = true;
                    continue;
                }
                // A table drawn with pipes in plain text (« | Sous-traitant | Localisation | », or three cells and
                // more without the outer pipes) is a table: one row per line, its cells joined as a real table's.
                Matcher row = PIPE_ROW.matcher(line);
                boolean framed = row.matches();
                if (framed || line.split(" \\| ", -1).length >= 3) {
                    if (!SEPARATOR_ROW.matcher(line).matches()) {
                        String cells = framed ? row.group(1) : line;
                        emit(String.join(" | ", java.util.Arrays.stream(cells.split("\\|")).map(String::strip).toList()), true);
                    }
                    first = false;
                    continue;
                }
                emit(line, first);
                first = false;
            }
            breakBefore = true;
        }

        /** « | a | b | »: at least two cells between pipes. */
        private static final Pattern PIPE_ROW = Pattern.compile("^\\|(.*\\|.*)\\|$");
        /** « |---|:---:| »: the rule under a header, no content. */
        private static final Pattern SEPARATOR_ROW = Pattern.compile("^[|:\\-\\s+=]+$");

        private void emit(String line, boolean paragraphStart) {
            lines.add(new Line(line, Math.max(1, page), headingLevel, breakBefore || paragraphStart));
            breakBefore = false;
        }
    }
}
