package fr.vigie.report;

import fr.vigie.facts.Evidence;
import fr.vigie.facts.Status;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** A terminal summary in French: the verdict, the counts, one line per gap. */
public final class TextReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(GapReport report, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("Dossier : " + report.dossier().name());
        w.println("Paquet : " + report.pack().id() + " " + report.pack().version() + " — profil " + report.profile());
        w.println("Verdict : " + ReportTexts.verdict(report));
        var byStatus = report.summary().byStatus();
        StringBuilder counts = new StringBuilder();
        for (Status s : Status.values()) {
            counts.append(counts.isEmpty() ? "" : ", ").append(ReportTexts.status(s)).append(" ")
                    .append(byStatus.getOrDefault(s, 0));
        }
        w.println(counts);
        report.dossier().failures().forEach(f ->
                w.println("Document illisible : " + f.name() + " — " + f.message()));
        w.println();
        for (RequirementResult r : report.findings()) {
            if (!r.isGap()) {
                continue;
            }
            w.println(r.requirement() + "  " + ReportTexts.severity(r.severity()) + "  "
                    + ReportTexts.status(r.status()) + "  " + r.title());
            w.println("    " + r.message());
            if (r.waiver() != null) {
                w.println("    " + (r.waiver().expired() ? "Dérogation expirée le " + r.waiver().expires() + " (ne s'applique plus)"
                        : "Dérogation jusqu'au " + r.waiver().expires()) + " : " + r.waiver().justification() + " — " + r.waiver().author());
            }
            for (Evidence e : r.evidence()) {
                w.println("    → " + ReportTexts.location(e));
            }
        }
        w.flush();
    }
}
