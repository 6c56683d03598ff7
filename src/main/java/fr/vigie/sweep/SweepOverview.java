package fr.vigie.sweep;

import fr.vigie.facts.Status;
import fr.vigie.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a sweep that the dashboard and the workbook show: the requirement columns, status counts
 * per domain, severity and establishment, and the worst gaps first. Dossiers that could not be read at all
 * are left out of the counts (they are listed as failures), so they neither hide nor invent gaps.
 */
public record SweepOverview(List<Column> columns, Map<String, Counts> byDomain, Map<String, Counts> bySeverity,
                            Map<String, Counts> byEstablishment, List<RequirementGaps> worstRequirements,
                            List<DossierOutcome> worstDossiers, Counts total) {

    /** A requirement as a column of the matrix; severity is the highest met in the sweep (conditions can raise it). */
    public record Column(String requirement, String title, String domain, Severity severity) {
    }

    /** Status counts, in Status order. */
    public record Counts(Map<Status, Integer> byStatus) {
        public Counts {
            byStatus = Map.copyOf(byStatus);
        }

        public int get(Status status) {
            return byStatus.getOrDefault(status, 0);
        }

        public int all() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int gaps() {
            return get(Status.MISSING) + get(Status.VIOLATED) + get(Status.REVIEW);
        }

        /** Width of each status in a 100 % stacked bar. */
        public double percent(Status status) {
            int all = all();
            return all == 0 ? 0 : 100.0 * get(status) / all;
        }
    }

    /** How many dossiers miss or violate one requirement. */
    public record RequirementGaps(Column column, int violated, int missing, int review) {
        public int gaps() {
            return violated + missing + review;
        }
    }

    public static SweepOverview of(List<DossierOutcome> outcomes) {
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<String, Map<Status, Integer>> domain = new LinkedHashMap<>();
        Map<String, Map<Status, Integer>> severity = new LinkedHashMap<>();
        Map<String, Map<Status, Integer>> establishment = new LinkedHashMap<>();
        Map<String, int[]> gaps = new LinkedHashMap<>();
        Map<Status, Integer> total = new EnumMap<>(Status.class);
        for (Severity s : Severity.values()) {
            severity.put(s.name(), new EnumMap<>(Status.class));
        }
        for (DossierOutcome o : outcomes) {
            if (o.unread()) {
                continue;
            }
            for (DossierOutcome.Cell c : o.cells()) {
                columns.merge(c.requirement(), new Column(c.requirement(), c.title(), c.domain(), c.severity()),
                        (a, b) -> b.severity().compareTo(a.severity()) < 0 ? b : a);
                domain.computeIfAbsent(c.domain(), k -> new EnumMap<>(Status.class)).merge(c.status(), 1, Integer::sum);
                severity.get(c.severity().name()).merge(c.status(), 1, Integer::sum);
                String place = o.establishment().isBlank() ? "(non précisé)" : o.establishment();
                establishment.computeIfAbsent(place, k -> new EnumMap<>(Status.class)).merge(c.status(), 1, Integer::sum);
                total.merge(c.status(), 1, Integer::sum);
                int[] g = gaps.computeIfAbsent(c.requirement(), k -> new int[3]);
                switch (c.status()) {
                    case VIOLATED -> g[0]++;
                    case MISSING -> g[1]++;
                    case REVIEW -> g[2]++;
                    default -> { }
                }
            }
        }
        List<RequirementGaps> worst = new ArrayList<>();
        gaps.forEach((id, g) -> {
            if (g[0] + g[1] + g[2] > 0) {
                worst.add(new RequirementGaps(columns.get(id), g[0], g[1], g[2]));
            }
        });
        worst.sort(Comparator.comparing((RequirementGaps r) -> r.column().severity())
                .thenComparing(Comparator.comparingInt(RequirementGaps::violated).reversed())
                .thenComparing(Comparator.comparingInt(RequirementGaps::gaps).reversed())
                .thenComparing(r -> r.column().requirement()));
        List<DossierOutcome> worstDossiers = outcomes.stream().filter(o -> !o.unread())
                .sorted(Comparator.comparingLong(DossierOutcome::criticalGaps).reversed()
                        .thenComparing(Comparator.comparingLong((DossierOutcome o) -> o.cells().stream()
                                .filter(DossierOutcome.Cell::isGap).count()).reversed())
                        .thenComparing(DossierOutcome::id))
                .toList();
        return new SweepOverview(List.copyOf(columns.values()), counts(domain), counts(severity), counts(establishment),
                worst, worstDossiers, new Counts(total));
    }

    private static Map<String, Counts> counts(Map<String, Map<Status, Integer>> raw) {
        Map<String, Counts> map = new LinkedHashMap<>();
        raw.forEach((k, v) -> map.put(k, new Counts(v)));
        return map;
    }
}
