package fr.vigie.web;

import fr.vigie.document.Document;
import fr.vigie.facts.Evidence;
import fr.vigie.ingest.DocumentReader;
import fr.vigie.ingest.ReadResult;
import fr.vigie.report.AnnotatedPdf;
import fr.vigie.report.GapReport;
import fr.vigie.report.PdfReportWriter;
import fr.vigie.report.ReportTexts;
import fr.vigie.report.RequirementResult;
import fr.vigie.report.Templates;
import fr.vigie.store.StoredFile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The annotated document of a dossier: for a PDF, the original with the evidence highlighted and a note on
 * each; for other formats (DOCX, ODT…), a PDF of the text as Vigie read it, with the same marks and notes.
 */
@Component
public class AnnotatedDocuments {

    private final DocumentReader reader;

    public AnnotatedDocuments(DocumentReader reader) {
        this.reader = reader;
    }

    public Document read(Path path) {
        ReadResult result = reader.read(path);
        if (result instanceof ReadResult.Read read) {
            return read.document();
        }
        throw new UploadRejected(HttpStatus.UNPROCESSABLE_CONTENT, "Ce document n'a pas pu être lu.");
    }

    public byte[] annotated(StoredFile file, Path path, GapReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (file.mediaType().equals("application/pdf")) {
                AnnotatedPdf.write(path, notes(file.name(), report), out);
            } else {
                Context context = new Context(Locale.FRENCH);
                context.setVariable("view", DocumentView.of(read(path), report, null, -1));
                context.setVariable("report", report);
                context.setVariable("printable", true);
                String html = Templates.engine().process("document-text", context);
                PdfReportWriter.writeHtml(html, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<AnnotatedPdf.Note> notes(String document, GapReport report) {
        List<AnnotatedPdf.Note> notes = new ArrayList<>();
        for (RequirementResult r : report.findings()) {
            for (Evidence e : r.evidence()) {
                if (e.document().equals(document)) {
                    String text = r.requirement() + " — " + ReportTexts.status(r.status()) + " : " + r.message()
                            + (r.isGap() ? "\nÀ ajouter ou modifier : " + r.remediation() : "");
                    notes.add(new AnnotatedPdf.Note(e.page(), e.text(), text, r.isGap()));
                }
            }
        }
        return notes;
    }
}
