package fr.vigie.sweep;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One row per dossier × requirement, for spreadsheets and scripts. Semicolon-separated with a UTF-8 byte
 * order mark, which is what a French Excel opens correctly by double-click; a dossier that could not be
 * judged, or none of whose documents could be read, has one row that says so.
 */
final class ConsolidatedCsv {

    static final String[] HEADER = {"etablissement", "dossier", "verdict", "exigence", "titre", "domaine", "gravite",
            "statut", "message", "documents_illisibles"};

    private ConsolidatedCsv() {
    }

    static void write(List<DossierOutcome> outcomes, OutputStream out) throws IOException {
        // Buffered: the printer writes field by field and the quoting character by character.
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (DossierOutcome o : outcomes) {
            String failures = String.join(" | ", o.failures());
            if (o.unread()) {
                printer.printRecord(o.establishment(), o.id(), o.failed() ? "ECHEC" : "ILLISIBLE", "", "", "", "", "",
                        o.failed() ? o.error() : "Aucun document lisible", failures);
                continue;
            }
            for (DossierOutcome.Cell c : o.cells()) {
                printer.printRecord(o.establishment(), o.id(), o.verdict(), c.requirement(), c.title(), c.domain(),
                        c.severity(), c.status(), c.message(), failures);
            }
        }
        printer.flush();
    }
}
