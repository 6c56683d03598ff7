package fr.vigie.rules;

import fr.vigie.report.GapReport.ConditionResult;
import fr.vigie.report.RequirementResult;

import java.util.List;

/** What the engine settled for a dossier: conditions, then one result per requirement of the profile. */
public record Evaluation(String profile, List<ConditionResult> conditions, List<RequirementResult> results) {

    public Evaluation {
        conditions = List.copyOf(conditions);
        results = List.copyOf(results);
    }
}
