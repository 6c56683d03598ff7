package fr.vigie.report;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page a buyer reads and prints: the verdict and the critical gaps first, then every
 * requirement by domain with its quoted evidence and the clause to add or change.
 * Self-contained (inline CSS), every text escaped by Thymeleaf.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final TemplateEngine ENGINE = Templates.engine();

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(GapReport report, OutputStream out) throws IOException {
        Context context = new Context(Locale.FRENCH);
        context.setVariable("report", report);
        context.setVariable("verdictText", ReportTexts.verdict(report));
        context.setVariable("criticalGaps", report.findings().stream()
                .filter(r -> r.isGap() && r.severity() == fr.vigie.rules.Severity.CRITICAL).toList());
        context.setVariable("domains", byDomain(report.findings()));
        context.setVariable("texts", new ReportTexts.Bean());
        // Precomputed: OGNL cannot call methods of the JDK's immutable collection classes.
        List<Map.Entry<String, Integer>> counts = new java.util.ArrayList<>();
        for (fr.vigie.facts.Status s : fr.vigie.facts.Status.values()) {
            counts.add(Map.entry(s.name(), report.summary().byStatus().getOrDefault(s, 0)));
        }
        context.setVariable("counts", counts);
        // Buffered: the escaper writes character by character, and each write to a bare OutputStreamWriter
        // goes through the charset encoder on its own.
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        ENGINE.process("report", context, writer);
        writer.flush();
    }

    private static Map<String, List<RequirementResult>> byDomain(List<RequirementResult> findings) {
        Map<String, List<RequirementResult>> map = new LinkedHashMap<>();
        for (RequirementResult r : findings) {
            map.computeIfAbsent(r.domain(), d -> new java.util.ArrayList<>()).add(r);
        }
        return map;
    }
}
