package fr.vigie.sweep;

import fr.vigie.facts.Status;
import fr.vigie.report.ReportTexts;
import fr.vigie.report.Templates;
import fr.vigie.rules.Severity;
import org.thymeleaf.context.Context;

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
        context.setVariable("rows", rows);
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
