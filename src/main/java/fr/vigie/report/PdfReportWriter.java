package fr.vigie.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The printable PDF of a gap report: the buyer's HTML report laid out by openhtmltopdf (PDFBox). A Unicode
 * font of the system is embedded when present, so that « œ », « ≥ » and quotes print as written.
 */
public final class PdfReportWriter implements ReportWriter {

    private static final Path[] FONTS = {
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
    };

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(GapReport report, OutputStream out) throws IOException {
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportWriter().write(report, html);
        writeHtml(html.toString(StandardCharsets.UTF_8), out);
    }

    /** Lays out any page of Vigie (self-contained HTML) as PDF. */
    public static void writeHtml(String html, OutputStream out) throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (Path font : FONTS) {
            if (Files.isRegularFile(font)) {
                builder.useFont(font.toFile(), "VigieSans");
                page.head().appendElement("style").text("body,h1,h2,h3,p,td,th,li,blockquote{font-family:'VigieSans',sans-serif}");
                break;
            }
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
        builder.toStream(out);
        builder.run();
    }
}
