package fr.vigie.rules.cases;

import fr.vigie.check.CheckOptions;
import fr.vigie.check.DossierChecker;
import fr.vigie.facts.Evidence;
import fr.vigie.report.GapReport;
import fr.vigie.report.RequirementResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs fixture cases through the whole pipeline (reading included), as `vigie rules test` and the tests do. */
public final class RuleCaseRunner {

    /** The outcome of one case. */
    public record Outcome(RuleCase ruleCase, boolean passed, String detail) {
    }

    private final DossierChecker checker;

    public RuleCaseRunner(DossierChecker checker) {
        this.checker = checker;
    }

    public Outcome run(RuleCase c) {
        try {
            List<Path> files = c.documents();
            Path tmp = null;
            if (c.text() != null) {
                tmp = Files.createTempDirectory("vigie-case");
                Path doc = tmp.resolve(c.requirement() + ".txt");
                Files.writeString(doc, c.text(), StandardCharsets.UTF_8);
                files = List.of(doc);
            }
            try {
                GapReport report = checker.check(c.requirement(), files, new CheckOptions(c.profile(), c.assume()));
                RequirementResult result = report.findings().stream()
                        .filter(r -> r.requirement().equals(c.requirement())).findFirst().orElse(null);
                if (result == null) {
                    return new Outcome(c, false, "exigence absente du rapport");
                }
                if (result.status() != c.expected()) {
                    return new Outcome(c, false, "attendu " + c.expected() + ", obtenu " + result.status() + " — " + result.message()
                            + evidence(result));
                }
                if (c.evidenceContains() != null && result.evidence().stream()
                        .noneMatch(e -> e.text().contains(c.evidenceContains()))) {
                    return new Outcome(c, false, "la preuve ne contient pas « " + c.evidenceContains() + " »" + evidence(result));
                }
                return new Outcome(c, true, result.status() + " — " + result.message());
            } finally {
                if (tmp != null) {
                    try (var walk = Files.walk(tmp)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String evidence(RequirementResult r) {
        StringBuilder s = new StringBuilder();
        for (Evidence e : r.evidence()) {
            s.append("\n    preuve : « ").append(e.text()).append(" »");
        }
        return s.toString();
    }
}
