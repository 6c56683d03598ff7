package fr.vigie.rules;

import fr.vigie.facts.Status;
import fr.vigie.rules.cases.RuleCase;
import fr.vigie.rules.cases.RuleCaseLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Meta-tests of the default pack (PMD's rule-set tests, Semgrep's rule lints). */
class PackConsistencyTest {

    /** The 51 IDs of the requirement catalog, kept here so that the test does not depend on ../shared. */
    private static final List<String> CATALOG = List.of(
            "SOV-01", "SOV-02", "SOV-03", "SOV-04", "SOV-05",
            "HDS-01", "HDS-02", "HDS-03", "HDS-04", "HDS-05",
            "LOC-01", "LOC-02", "LOC-03", "LOC-04", "LOC-05",
            "REV-01", "REV-02", "REV-03", "REV-04", "REV-05", "REV-06", "REV-07",
            "SEC-01", "SEC-02", "SEC-03", "SEC-04", "SEC-05", "SEC-06", "SEC-07", "SEC-08", "SEC-09", "SEC-10", "SEC-11",
            "GDPR-01", "GDPR-02", "GDPR-03", "GDPR-04", "GDPR-05", "GDPR-06", "GDPR-07", "GDPR-08",
            "SLA-01", "SLA-02", "SLA-03", "SLA-04", "SLA-05",
            "CTR-01", "CTR-02", "CTR-03", "CTR-04", "CTR-05");

    @Test
    void everyCatalogRequirementHasMetadataRulesAndCases() {
        RulePack pack = RulePackLoader.load(TestPack.ROOT);
        assertThat(pack.requirements()).extracting(RequirementSpec::id).containsExactlyElementsOf(CATALOG);
        for (RequirementSpec r : pack.requirements()) {
            assertThat(TestPack.ROOT.resolve(r.domain()).resolve(r.id() + ".drl")).as(r.id() + ".drl").exists();
            assertThat(TestPack.ROOT.resolve(r.domain()).resolve(r.id() + ".cases.yaml")).as(r.id() + ".cases.yaml").exists();
            assertThat(r.remediation()).as(r.id() + " remediation").isNotBlank();
            assertThat(r.reference()).as(r.id() + " reference").isNotBlank();
        }
    }

    @Test
    void everyRequirementHasAMetCaseAndAGapCase() {
        Map<String, Set<Status>> statuses = RuleCaseLoader.load(TestPack.ROOT).stream()
                .filter(c -> !c.knownGap())
                .collect(Collectors.groupingBy(RuleCase::requirement, Collectors.mapping(RuleCase::expected, Collectors.toSet())));
        for (String id : CATALOG) {
            assertThat(statuses.get(id)).as("cas de " + id).isNotNull();
            assertThat(statuses.get(id)).as("cas MET de " + id).contains(Status.MET);
            assertThat(statuses.get(id)).as("cas d'écart de " + id).containsAnyOf(Status.MISSING, Status.VIOLATED, Status.REVIEW);
        }
    }

    @Test
    void theRulesCompileAndEveryRuleFileNamesItsRequirement() throws Exception {
        RulePack pack = RulePackLoader.load(TestPack.ROOT);
        new KieBaseFactory(null).build(pack);
        for (RequirementSpec r : pack.requirements()) {
            String drl = Files.readString(TestPack.ROOT.resolve(r.domain()).resolve(r.id() + ".drl"));
            assertThat(drl).as(r.id() + ".drl").contains("rule \"" + r.id() + " ").contains("Finding.");
        }
    }
}
