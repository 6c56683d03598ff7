package fr.vigie.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a revised draft changed, requirement by requirement: the gaps it fixed, the gaps that remain and the
 * gaps it introduced (a requirement met or not applicable before, a gap now).
 */
public record ReportComparison(List<RequirementResult> fixed, List<RequirementResult> remaining,
                               List<RequirementResult> introduced) {

    public ReportComparison {
        fixed = List.copyOf(fixed);
        remaining = List.copyOf(remaining);
        introduced = List.copyOf(introduced);
    }

    public static ReportComparison between(GapReport before, GapReport after) {
        Map<String, RequirementResult> old = before.findings().stream()
                .collect(Collectors.toMap(RequirementResult::requirement, Function.identity(), (a, b) -> a));
        List<RequirementResult> fixed = new ArrayList<>();
        List<RequirementResult> remaining = new ArrayList<>();
        List<RequirementResult> introduced = new ArrayList<>();
        for (RequirementResult now : after.findings()) {
            RequirementResult then = old.get(now.requirement());
            boolean wasGap = then != null && then.isGap();
            if (wasGap && !now.isGap()) {
                fixed.add(now);
            } else if (wasGap) {
                remaining.add(now);
            } else if (now.isGap()) {
                introduced.add(now);
            }
        }
        return new ReportComparison(fixed, remaining, introduced);
    }
}
