package fr.vigie.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.ingest.IngestLimits;
import fr.vigie.report.GapReport;
import fr.vigie.report.RequirementResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a probe set (see {@link ProbeRegressionTest}): each probe file or folder checked as one dossier, each of its
 * expectations compared with Vigie's status. As a program, prints every expectation Vigie misses with the evidence it
 * used, so that a person can judge each one: {@code ProbeRunner src/test/resources/probes-3 [FILTER]}.
 */
public final class ProbeRunner {

    /** One expectation of a probe and what Vigie said. */
    public record Outcome(String probe, List<String> accepted, RequirementResult result) {

        public boolean agreed() {
            return accepted.contains(result.status().toString());
        }

        /** MET where the probe is silent or hostile. */
        public boolean unsafe() {
            return !agreed() && result.status().toString().equals("MET");
        }
    }

    private static final String PROFILE_KEY = "_profile";

    private ProbeRunner() {
    }

    /** Every expectation of the set whose probe name contains {@code filter}, in the order of expectations.json. */
    public static List<Outcome> run(RulePackChecker checker, Path probes, String filter) throws IOException {
        JsonNode expectations = new ObjectMapper().readTree(probes.resolve("expectations.json").toFile());
        List<Outcome> outcomes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expectations.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> probe = it.next();
            if (!probe.getKey().contains(filter)) {
                continue;
            }
            Path path = probes.resolve(probe.getKey());
            List<Path> files;
            try (Stream<Path> listed = Files.isDirectory(path) ? Files.list(path).sorted() : Stream.of(path)) {
                files = listed.toList();
            }
            // « "_profile": "strict-fr" » checks the probe under another profile than the default one.
            JsonNode profile = probe.getValue().get(PROFILE_KEY);
            CheckOptions options = profile == null ? CheckOptions.defaults()
                    : new CheckOptions(profile.asText(), CheckOptions.defaults().assumptions());
            GapReport report = checker.check(probe.getKey(), files, options);
            for (Iterator<Map.Entry<String, JsonNode>> req = probe.getValue().fields(); req.hasNext(); ) {
                Map.Entry<String, JsonNode> expected = req.next();
                if (expected.getKey().equals(PROFILE_KEY)) {
                    continue;
                }
                RequirementResult result = report.findings().stream()
                        .filter(f -> f.requirement().equals(expected.getKey())).findFirst().orElseThrow();
                outcomes.add(new Outcome(probe.getKey(), Arrays.asList(expected.getValue().asText().split("\\|")), result));
            }
        }
        return outcomes;
    }

    public static void main(String[] args) throws IOException {
        RulePackChecker checker = RulePackChecker.open(Path.of("rules", "sante-cloud"), IngestLimits.defaults().withOcr(false));
        List<Outcome> outcomes = run(checker, Path.of(args[0]), args.length > 1 ? args[1] : "");
        for (Outcome o : outcomes) {
            if (o.agreed()) {
                continue;
            }
            System.out.printf("%s%s %s: attendu %s, Vigie %s — %s%n", o.unsafe() ? "UNSAFE " : "", o.probe(),
                    o.result().requirement(), String.join("|", o.accepted()), o.result().status(), o.result().message());
            o.result().evidence().forEach(e -> System.out.println("      « " + e.text() + " »"));
        }
        long agreed = outcomes.stream().filter(Outcome::agreed).count();
        List<String> unsafe = outcomes.stream().filter(Outcome::unsafe).map(o -> o.probe() + " " + o.result().requirement()).toList();
        System.out.printf("%d/%d (%.3f), MET dangereux %d : %s%n", agreed, outcomes.size(), (double) agreed / outcomes.size(),
                unsafe.size(), unsafe);
    }
}
