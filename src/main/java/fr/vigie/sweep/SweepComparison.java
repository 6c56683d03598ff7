package fr.vigie.sweep;

import fr.vigie.facts.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed since the previous completed sweep of the same output folder.
 *
 * @param previousDate null when there is no previous sweep
 * @param fixed        a gap (MISSING, VIOLATED, REVIEW) that became MET or NOT_APPLICABLE
 * @param regressed    a MET or NOT_APPLICABLE that became a gap
 * @param changed      a gap that became another gap (MISSING → VIOLATED...)
 * @param newGaps      gaps of dossiers (or requirements) the previous sweep did not have
 */
public record SweepComparison(String previousDate, List<Change> fixed, List<Change> regressed, List<Change> changed,
                              List<Change> newGaps, List<String> newDossiers, List<String> removedDossiers) {

    public record Change(String dossier, String establishment, String requirement, Status before, Status after) {
    }

    public boolean hasPrevious() {
        return previousDate != null;
    }

    static SweepComparison none() {
        return new SweepComparison(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static SweepComparison between(SweepSnapshot previous, SweepSnapshot current) {
        Map<String, SweepSnapshot.Entry> before = previous.dossiers().stream()
                .collect(Collectors.toMap(SweepSnapshot.Entry::id, Function.identity(), (a, b) -> a));
        List<Change> fixed = new ArrayList<>();
        List<Change> regressed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<Change> newGaps = new ArrayList<>();
        List<String> newDossiers = new ArrayList<>();
        for (SweepSnapshot.Entry now : current.dossiers()) {
            SweepSnapshot.Entry then = before.get(now.id());
            if (then == null) {
                newDossiers.add(now.id());
            }
            now.statuses().forEach((requirement, after) -> {
                Status was = then == null ? null : then.statuses().get(requirement);
                Change change = new Change(now.id(), now.establishment(), requirement, was, after);
                if (was == null) {
                    if (isGap(after)) {
                        newGaps.add(change);
                    }
                } else if (isGap(was) && !isGap(after)) {
                    fixed.add(change);
                } else if (!isGap(was) && isGap(after)) {
                    regressed.add(change);
                } else if (isGap(was) && was != after) {
                    changed.add(change);
                }
            });
        }
        Set<String> currentIds = current.dossiers().stream().map(SweepSnapshot.Entry::id).collect(Collectors.toSet());
        List<String> removed = previous.dossiers().stream().map(SweepSnapshot.Entry::id)
                .filter(id -> !currentIds.contains(id)).toList();
        return new SweepComparison(previous.date(), fixed, regressed, changed, newGaps, newDossiers, removed);
    }

    private static boolean isGap(Status status) {
        return status == Status.MISSING || status == Status.VIOLATED || status == Status.REVIEW;
    }
}
