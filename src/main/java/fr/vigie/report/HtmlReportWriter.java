package fr.vigie.report;

import fr.vigie.document.DocumentFailure;
import fr.vigie.facts.Evidence;
import fr.vigie.facts.Status;
import fr.vigie.rules.Severity;
import org.unbescape.html.HtmlEscape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page a buyer reads and prints: the verdict and the critical gaps first, then every
 * requirement by domain with its quoted evidence and the clause to add or change.
 * Self-contained (inline CSS). The markup is written here, and only here, in plain Java: a sweep writes one report
 * per dossier, and a template engine cost more than the rest of the report's work (see docs/benchmarks.md, eighth
 * session). Every text of the report is escaped as Thymeleaf's {@code th:text} escapes it (unbescape's
 * {@link HtmlEscape#escapeHtml4Xml}), and a missing value reads as it always did (nothing for a whole text,
 * « null » inside a sentence).
 */
public final class HtmlReportWriter implements ReportWriter {

    /** The document start, up to the title. */
    private static final String START = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            """;
    /** From the end of the title to the body, with the inline style sheet. */
    private static final String STYLE = """
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b;line-height:1.45}
            h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
            .verdict{padding:1rem;border-radius:.4rem;font-weight:600;font-size:1.1rem}
            .v-CRITICAL_GAPS{background:#fde2e1;border-left:.5rem solid #c0392b}.v-GAPS{background:#fff4d6;border-left:.5rem solid #d68910}.v-COMPLIANT{background:#e3f6e8;border-left:.5rem solid #1e8449}
            .counts span{display:inline-block;margin:.3rem .6rem .3rem 0}
            .badge{display:inline-block;padding:.05rem .5rem;border-radius:1rem;font-size:.85rem;font-weight:600;border:1px solid}
            .s-MET{background:#e3f6e8;color:#145a32}.s-MISSING{background:#fde2e1;color:#922b21}.s-VIOLATED{background:#922b21;color:#fff}.s-REVIEW{background:#fff4d6;color:#7e5109}.s-NOT_APPLICABLE{background:#eee;color:#555}
            .req{border:1px solid #ddd;border-radius:.4rem;padding:.7rem 1rem;margin:.7rem 0;page-break-inside:avoid}
            .req h3{font-size:1rem;margin:0 0 .3rem 0}.sev{font-size:.8rem;color:#555;margin-left:.4rem}
            blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid #999;background:#fafafa}
            blockquote footer{font-size:.8rem;color:#555}
            .waiver{background:#f1ecfa;border-left:.3rem solid #6c3fb5;padding:.4rem .8rem;border-radius:.3rem}
            .remediation{background:#eef5fb;padding:.5rem .8rem;border-radius:.3rem;font-size:.95rem}
            .failures{background:#fde2e1;padding:.5rem 1rem;border-radius:.4rem}
            .meta{font-size:.85rem;color:#555}
            @media print{body{margin:0;max-width:none}.req{border-color:#999}}
            </style>
            </head>
            """;
    private static final String FAILURES_NOTE = "  <p>Les autres documents ont été analysés ; les exigences qui dépendent "
            + "de ces documents peuvent apparaître à tort comme absentes.</p>\n";

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
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole page. */
    public static String render(GapReport report) {
        StringBuilder h = new StringBuilder(32 * 1024);
        String name = report.dossier().name();
        h.append(START).append("<title>").append(escape("Vigie — " + name)).append("</title>\n").append(STYLE);
        h.append("<body>\n<header>\n  <h1>").append(escape("Rapport d’écarts — " + name)).append("</h1>\n");
        h.append("  <p class=\"meta\">").append(escape("Généré le " + report.generatedAt() + " — profil " + report.profile()))
                .append("</p>\n</header>\n\n");

        h.append("<section>\n  <p class=\"verdict v-").append(escape(String.valueOf(report.verdict()))).append("\">")
                .append(escape(ReportTexts.verdict(report))).append("</p>\n  <p class=\"counts\">\n    ");
        for (Status s : Status.values()) {
            h.append("<span>\n      <span class=\"badge s-").append(s.name()).append("\">").append(escape(ReportTexts.status(s)))
                    .append("</span>\n      <strong>").append(report.summary().byStatus().getOrDefault(s, 0))
                    .append("</strong>\n    </span>");
        }
        h.append("\n  </p>\n</section>\n\n");

        List<DocumentFailure> failures = report.dossier().failures();
        if (!failures.isEmpty()) {
            h.append("<section class=\"failures\">\n  <h2>Documents illisibles</h2>\n  <ul>");
            for (DocumentFailure f : failures) {
                h.append("<li><strong>").append(text(f.name())).append("</strong> : <span>").append(text(f.message()))
                        .append("</span></li>");
            }
            h.append("</ul>\n").append(FAILURES_NOTE).append("</section>");
        }
        h.append("\n\n");

        List<RequirementResult> criticalGaps = report.findings().stream()
                .filter(r -> r.isGap() && r.severity() == Severity.CRITICAL).toList();
        if (!criticalGaps.isEmpty()) {
            h.append("<section>\n  <h2>Écarts critiques</h2>\n  <ul>");
            for (RequirementResult r : criticalGaps) {
                h.append("\n    <li><a href=\"").append(escape("#" + r.requirement())).append("\">")
                        .append(escape(r.requirement() + " — " + r.title())).append("</a>\n      : ");
                badge(h, r.status());
                h.append("\n      ");
                if (r.waiver() != null && !r.waiver().expired()) {
                    h.append("<span>").append(escape(" (dérogation jusqu’au " + r.waiver().expires() + ")")).append("</span>");
                }
                h.append("</li>");
            }
            h.append("\n  </ul>\n</section>");
        }

        Map<String, List<RequirementResult>> domains = byDomain(report.findings());
        if (domains.isEmpty()) {
            h.append("\n\n");
        }
        for (Map.Entry<String, List<RequirementResult>> d : domains.entrySet()) {
            h.append("\n\n<section>\n  <h2>").append(text(d.getKey())).append("</h2>");
            for (RequirementResult r : d.getValue()) {
                h.append("\n  ");
                requirement(h, r);
            }
            h.append("\n</section>");
        }
        h.append("\n\n");

        h.append("<footer class=\"meta\">\n  <h2>Contexte de l’analyse</h2>\n  <ul>");
        if (report.conditions().isEmpty()) {
            h.append("\n    ");
        }
        for (GapReport.ConditionResult c : report.conditions()) {
            h.append("\n    <li>").append(escape(c.label() + " : " + (c.value() ? "oui" : "non") + " (" + c.source() + ")"))
                    .append("</li>");
        }
        h.append("\n  </ul>\n  <p>Documents analysés :</p>\n  <ul>");
        for (GapReport.DocumentInfo doc : report.dossier().documents()) {
            h.append("<li>").append(escape(doc.name() + " — " + doc.kind() + ", " + doc.pages() + " page(s), SHA-256 "
                    + doc.sha256())).append("</li>");
        }
        h.append("</ul>\n  <p>").append(escape("Paquet de règles " + report.pack().id() + " " + report.pack().version()
                + " (empreinte " + report.pack().contentHash() + ")")).append("</p>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** One requirement: status, title, severity, message, waiver, quoted evidence, clause to add, reference. */
    private static void requirement(StringBuilder h, RequirementResult r) {
        h.append("<article class=\"req\" id=\"").append(text(r.requirement())).append("\">\n    <h3>");
        badge(h, r.status());
        h.append("\n      <span>").append(escape(r.requirement() + " — " + r.title())).append("</span>\n      <span class=\"sev\">")
                .append(escape("gravité " + ReportTexts.severity(r.severity()))).append("</span></h3>\n    <p>")
                .append(text(r.message())).append("</p>\n    ");
        if (r.waiver() != null) {
            h.append("<p class=\"waiver\">").append(escape(ReportTexts.waiver(r.waiver()))).append("</p>");
        }
        if (r.evidence().isEmpty()) {
            h.append("\n    ");
        }
        for (Evidence e : r.evidence()) {
            h.append("\n    <blockquote>\n      <span>").append(escape("« " + e.text() + " »")).append("</span>\n      <footer>")
                    .append(escape(ReportTexts.location(e))).append("</footer>\n    </blockquote>");
        }
        h.append("\n    ");
        if (r.isGap()) {
            h.append("<div class=\"remediation\">\n      <strong>Clause à ajouter ou modifier :</strong> <span>")
                    .append(text(r.remediation())).append("</span>\n    </div>");
        }
        h.append("\n    <p class=\"meta\">").append(escape("Référence : " + r.reference())).append("</p>\n  </article>");
    }

    private static void badge(StringBuilder h, Status status) {
        h.append("<span class=\"badge s-").append(escape(String.valueOf(status))).append("\">")
                .append(escape(ReportTexts.status(status))).append("</span>");
    }

    /** A whole text: nothing when there is none. */
    private static String text(String s) {
        return s == null ? "" : escape(s);
    }

    private static String escape(String s) {
        return HtmlEscape.escapeHtml4Xml(s);
    }

    private static Map<String, List<RequirementResult>> byDomain(List<RequirementResult> findings) {
        Map<String, List<RequirementResult>> map = new LinkedHashMap<>();
        for (RequirementResult r : findings) {
            map.computeIfAbsent(r.domain(), d -> new ArrayList<>()).add(r);
        }
        return map;
    }
}
