package fr.vigie.sweep;

import fr.vigie.facts.Status;
import fr.vigie.report.ReportTexts;
import fr.vigie.report.Templates;
import fr.vigie.rules.Severity;
import org.thymeleaf.context.Context;

import org.unbescape.html.HtmlEscape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The offline HTML dashboard of a sweep (templates/dashboard.html): figures, charts as stacked bars, the
 * worst gaps first, the comparison with the previous sweep, the failures, and the sortable, filterable
 * dossiers × requirements matrix linking to each dossier's report. One file, no network, inline CSS/JS.
 */
final class Dashboard {

    private Dashboard() {
    }

    /** What the page says about the run itself. */
    record Header(String date, String pack, String packVersion, String profile, int dossiers, int judged, int reused,
                  long pages, long criticalDossiers, long dossiersWithFailures) {
    }

    /** A dossier as a row of the matrix. */
    public record Row(DossierOutcome outcome, String link, String verdictLabel, long gaps, long critical,
                      Map<String, DossierOutcome.Cell> cells) {
    }

    static void write(Header header, List<DossierOutcome> outcomes, SweepOverview overview, SweepComparison comparison,
                      OutputStream out) throws IOException {
        Context context = new Context(Locale.FRENCH);
        context.setVariable("header", header);
        context.setVariable("overview", overview);
        context.setVariable("columns", new ArrayList<>(overview.columns()));
        context.setVariable("worstRequirements", new ArrayList<>(overview.worstRequirements()));
        context.setVariable("comparison", comparison);
        context.setVariable("statuses", Status.values());
        context.setVariable("severities", Severity.values());
        context.setVariable("texts", new ReportTexts.Bean());
        context.setVariable("dates", new Dates());
        // Mutable maps and lists only: Thymeleaf's OGNL cannot call methods of the JDK's immutable collections.
        Map<Status, String> symbols = new java.util.EnumMap<>(Map.of(Status.MET, "✓", Status.MISSING, "–",
                Status.VIOLATED, "✗", Status.REVIEW, "?", Status.NOT_APPLICABLE, "·"));
        context.setVariable("symbols", symbols);
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (DossierOutcome o : outcomes) {
            if (o.failed()) {
                failures.add(o.id() + " : " + o.error());
                continue;
            }
            o.failures().forEach(f -> failures.add(o.id() + " : " + f));
            if (o.unread()) {
                continue;
            }
            Map<String, DossierOutcome.Cell> cells = new java.util.HashMap<>();
            o.cells().forEach(c -> cells.put(c.requirement(), c));
            rows.add(new Row(o, "rapports/" + SweepDossier.slugOf(o.id()) + ".html", label(o),
                    o.cells().stream().filter(DossierOutcome.Cell::isGap).count(), o.criticalGaps(), cells));
        }
        rows.sort(Comparator.comparing((Row r) -> r.outcome().establishment()).thenComparing(r -> r.outcome().id()));
        context.setVariable("matrixRows", matrixRows(rows, overview.columns(), symbols));
        context.setVariable("failures", failures);
        context.setVariable("domains", overview.columns().stream().map(SweepOverview.Column::domain)
                .distinct().toList());
        context.setVariable("establishments", new TreeSet<>(outcomes.stream().map(DossierOutcome::establishment)
                .filter(e -> !e.isBlank()).toList()));
        // Buffered: the escaper writes character by character, and each write to a bare OutputStreamWriter
        // goes through the charset encoder on its own.
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Templates.engine().process("dashboard", context, writer);
        writer.flush();
    }

    /**
     * The rows of the dossiers × requirements matrix: one {@code <tr>} per dossier, a cell per requirement (a sweep of
     * 2,000 documents makes some 50,000 cells, nearly all of the page). Written here rather than by the template, where
     * each cell cost several expression evaluations; the markup is the one the template used to produce, texts
     * escaped by the same escaper ({@link HtmlEscape#escapeHtml4Xml}). Rows are separated as the template separated
     * them, so the page reads the same byte for byte.
     */
    static String matrixRows(List<Row> rows, List<SweepOverview.Column> columns, Map<Status, String> symbols) {
        StringBuilder h = new StringBuilder(rows.size() * (500 + 250 * columns.size()));
        for (Row r : rows) {
            if (h.length() > 0) {
                h.append("\n    ");
            }
            DossierOutcome o = r.outcome();
            h.append("<tr");
            attribute(h, " data-establishment", o.establishment());
            attribute(h, " data-id", o.id());
            h.append(" data-critical=\"").append(r.critical()).append("\" data-gaps=\"").append(r.gaps()).append("\">\n")
                    .append("      <td>").append(escape(o.establishment())).append("</td>\n")
                    .append("      <td><a href=\"").append(escape(r.link())).append("\">").append(escape(o.id())).append("</a></td>\n")
                    .append("      <td>").append(r.critical()).append("</td>\n")
                    .append("      <td>").append(r.gaps()).append("</td>");
            if (columns.isEmpty()) {
                h.append("\n      ");
            }
            for (SweepOverview.Column c : columns) {
                DossierOutcome.Cell cell = r.cells().get(c.requirement());
                h.append("\n      <td class=\"");
                if (cell == null) {
                    h.append("c\"\n          title=\"hors profil\"\n          data-rank=\"9");
                } else {
                    h.append("c s-").append(cell.status().name()).append("\"\n          title=\"")
                            .append(escape(c.requirement() + " : " + ReportTexts.status(cell.status()) + " — " + cell.message()))
                            .append("\"\n          data-rank=\"").append(cell.status().ordinal());
                }
                h.append('"');
                attribute(h, " data-domain", c.domain());
                h.append(" data-severity=\"").append(c.severity().name()).append("\">").append(cell == null ? "" : escape(symbols.get(cell.status()))).append("</td>");
            }
            h.append("\n    </tr>");
        }
        return h.toString();
    }

    /** An attribute the template set with {@code th:attr}: left out when it has no value. */
    private static void attribute(StringBuilder h, String name, String value) {
        if (value != null && !value.isEmpty()) {
            h.append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private static String escape(String s) {
        return HtmlEscape.escapeHtml4Xml(s);
    }

    /** Dates as a French reader writes them, for the template. */
    public static final class Dates {
        private static final java.time.format.DateTimeFormatter FRENCH = java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy 'à' HH'h'mm 'UTC'", Locale.FRENCH).withZone(java.time.ZoneOffset.UTC);

        public String french(String isoInstant) {
            return FRENCH.format(java.time.Instant.parse(isoInstant));
        }
    }

    private static String label(DossierOutcome o) {
        return switch (o.verdict()) {
            case CRITICAL_GAPS -> "Écarts critiques";
            case GAPS -> "Écarts";
            case COMPLIANT -> "Conforme";
        };
    }
}
