package fr.vigie.sweep;

import fr.vigie.facts.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statuses of a completed sweep, kept under historique/ so that the next sweep of the same corpus can
 * say what got fixed, what regressed and what is new.
 */
public record SweepSnapshot(String date, String pack, String packVersion, String profile, List<Entry> dossiers) {

    public SweepSnapshot {
        dossiers = List.copyOf(dossiers);
    }

    public record Entry(String id, String establishment, Map<String, Status> statuses) {
        public Entry {
            statuses = Map.copyOf(statuses);
        }
    }

    static SweepSnapshot of(String date, String pack, String packVersion, String profile, List<DossierOutcome> outcomes) {
        List<Entry> entries = outcomes.stream().filter(o -> !o.unread()).map(o -> {
            Map<String, Status> statuses = new LinkedHashMap<>();
            o.cells().forEach(c -> statuses.put(c.requirement(), c.status()));
            return new Entry(o.id(), o.establishment(), statuses);
        }).toList();
        return new SweepSnapshot(date, pack, packVersion, profile, entries);
    }
}
