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
 * Development tool: runs a probe set and prints every expectation Vigie misses, with the evidence it used, so that a
 * person can judge each one. {@link ProbeRegressionTest} guards the same sets; this prints what it only counts.
 * Usage: {@code ProbeRunner src/test/resources/probes-3 [FILTER]}.
 */
public final class ProbeRunner {

    private ProbeRunner() {
    }

    public static void main(String[] args) throws IOException {
        Path probes = Path.of(args[0]);
        String filter = args.length > 1 ? args[1] : "";
        RulePackChecker checker = RulePackChecker.open(Path.of("rules", "sante-cloud"), IngestLimits.defaults().withOcr(false));
        JsonNode expectations = new ObjectMapper().readTree(probes.resolve("expectations.json").toFile());
        int agreed = 0;
        int total = 0;
        List<String> unsafe = new ArrayList<>();
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
            GapReport report = checker.check(probe.getKey(), files, CheckOptions.defaults());
            for (Iterator<Map.Entry<String, JsonNode>> req = probe.getValue().fields(); req.hasNext(); ) {
                Map.Entry<String, JsonNode> expected = req.next();
                List<String> accepted = Arrays.asList(expected.getValue().asText().split("\\|"));
                RequirementResult finding = report.findings().stream()
                        .filter(f -> f.requirement().equals(expected.getKey())).findFirst().orElseThrow();
                String got = finding.status().toString();
                total++;
                if (accepted.contains(got)) {
                    agreed++;
                    continue;
                }
                String tag = got.equals("MET") ? "UNSAFE " : "";
                if (!tag.isEmpty()) {
                    unsafe.add(probe.getKey() + " " + expected.getKey());
                }
                System.out.printf("%s%s %s: attendu %s, Vigie %s — %s%n", tag, probe.getKey(), expected.getKey(),
                        expected.getValue().asText(), got, finding.message());
                finding.evidence().forEach(e -> System.out.println("      « " + e.text() + " »"));
            }
        }
        System.out.printf("%d/%d (%.3f), MET dangereux %d : %s%n", agreed, total, (double) agreed / total, unsafe.size(), unsafe);
    }
}
