package fr.vigie.waiver;

import fr.vigie.report.GapReport;
import fr.vigie.report.RequirementResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies waivers to a report: a gap covered by a waiver keeps its status and carries the waiver; while the
 * waiver runs, the gap no longer counts for the verdict or the exit code. An expired waiver is shown as expired
 * and does not apply. Met and not-applicable requirements are left alone.
 */
public final class WaiverApplier {

    private final Clock clock;

    public WaiverApplier(Clock clock) {
        this.clock = clock;
    }

    public GapReport apply(GapReport report, List<Waiver> waivers, String provider) {
        if (waivers.isEmpty()) {
            return report;
        }
        LocalDate today = LocalDate.now(clock);
        List<RequirementResult> findings = new ArrayList<>();
        for (RequirementResult r : report.findings()) {
            Optional<Waiver> best = r.isGap() ? waivers.stream()
                    .filter(w -> w.covers(r.requirement(), report.dossier().name(), provider))
                    // a running waiver wins over an expired one; among equals, the one that runs longest
                    .max(Comparator.comparing((Waiver w) -> !w.expiredOn(today)).thenComparing(Waiver::expires))
                    : Optional.empty();
            findings.add(best.map(w -> r.withWaiver(new RequirementResult.WaiverNote(w.justification(), w.author(),
                    w.expires().toString(), w.expiredOn(today)))).orElse(r));
        }
        return report.withFindings(findings);
    }
}
