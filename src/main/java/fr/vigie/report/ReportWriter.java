package fr.vigie.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a gap report in one format. Implementations are registered in
 * {@code META-INF/services/fr.vigie.report.ReportWriter} and found by {@link #forFormat(String)}.
 * The writer does not close the stream.
 */
public interface ReportWriter {

    /** Format name used on the command line (« json », « html », « text »). */
    String format();

    /** File extension without dot (« json », « html », « txt »). */
    String extension();

    void write(GapReport report, OutputStream out) throws IOException;

    static ReportWriter forFormat(String format) {
        for (ReportWriter writer : java.util.ServiceLoader.load(ReportWriter.class)) {
            if (writer.format().equalsIgnoreCase(format)) {
                return writer;
            }
        }
        throw new IllegalArgumentException("Format de rapport inconnu : « " + format + " »");
    }
}
