package fr.vigie.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;

/** The versioned JSON form of a gap report (schema {@value GapReport#SCHEMA}, see docs/report-schema.md). */
public final class JsonReportWriter implements ReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The mapper configured for reports, shared with readers of reports (eval, sweep). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(GapReport report, OutputStream out) throws IOException {
        MAPPER.writeValue(out, report);
        out.write('\n');
    }
}
