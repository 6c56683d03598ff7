package fr.vigie.sweep;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.vigie.facts.Status;
import fr.vigie.report.GapReport;
import fr.vigie.report.RequirementResult;
import fr.vigie.report.Verdict;
import fr.vigie.rules.Severity;

import java.util.List;

/**
 * What a sweep keeps of one judged dossier: enough for the spreadsheet, the dashboard and the comparison
 * with the next sweep, without the evidence (that stays in the dossier's own report). Persisted as the
 * dossier's state file: its presence with the same input key means « done, do not redo ».
 *
 * @param key        input key (documents, pack and profile) the outcome was computed from
 * @param verdict    null when the check itself failed ({@code error} then says why)
 * @param pages      pages read over all documents
 * @param failures   unreadable documents, « nom — raison »
 * @param cells      one per requirement, in pack order
 */
public record DossierOutcome(String id, String establishment, String key, Verdict verdict, int documents, int pages,
                             List<String> failures, List<Cell> cells, String error) {

    public DossierOutcome {
        failures = List.copyOf(failures);
        cells = List.copyOf(cells);
    }

    /** @param message the report's explanation of the status */
    public record Cell(String requirement, String title, String domain, Severity severity, Status status, String message) {

        @JsonIgnore
        public boolean isGap() {
            return status == Status.MISSING || status == Status.VIOLATED || status == Status.REVIEW;
        }
    }

    static DossierOutcome of(SweepDossier dossier, String key, GapReport report) {
        List<Cell> cells = report.findings().stream().map(DossierOutcome::cell).toList();
        int pages = report.dossier().documents().stream().mapToInt(GapReport.DocumentInfo::pages).sum();
        List<String> failures = report.dossier().failures().stream().map(f -> f.name() + " — " + f.message()).toList();
        return new DossierOutcome(dossier.id(), dossier.establishment(), key, report.verdict(),
                report.dossier().documents().size(), pages, failures, cells, null);
    }

    static DossierOutcome crashed(SweepDossier dossier, String key, String error) {
        return new DossierOutcome(dossier.id(), dossier.establishment(), key, null, 0, 0, List.of(), List.of(), error);
    }

    private static Cell cell(RequirementResult r) {
        return new Cell(r.requirement(), r.title(), r.domain(), r.severity(), r.status(), r.message());
    }

    @JsonIgnore
    public boolean failed() {
        return error != null;
    }

    /** No document of the dossier could be read: its statuses say nothing about the contract. */
    @JsonIgnore
    public boolean unread() {
        return error != null || documents == 0;
    }

    @JsonIgnore
    public long criticalGaps() {
        return cells.stream().filter(c -> c.isGap() && c.severity() == Severity.CRITICAL).count();
    }
}
