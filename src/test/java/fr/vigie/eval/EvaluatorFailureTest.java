package fr.vigie.eval;

import fr.vigie.check.DossierChecker;
import fr.vigie.check.RulePackChecker;
import fr.vigie.ingest.IngestLimits;
import fr.vigie.rules.RequirementSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One dossier whose check fails must not stop the evaluation nor make the figures look better. */
class EvaluatorFailureTest {

    private static RulePackChecker engine;

    @BeforeAll
    static void openPack() {
        engine = RulePackChecker.open(Path.of("rules/sante-cloud"), IngestLimits.defaults().withOcr(false));
    }

    @Test
    void aDossierThatCannotBeCheckedIsReportedAndItsLabelsCountAsMissed() {
        List<String> ids = engine.pack().requirements().stream().map(RequirementSpec::id).toList();
        List<GoldDossier> gold = GoldCorpus.load(Path.of("corpus"), List.of("dev"), ids).subList(0, 2);
        String broken = gold.get(0).id();
        // The real engine, with an internal error injected on the first dossier only (as a rule that throws would).
        DossierChecker failingOnOne = (name, files, options) -> {
            if (name.equals(broken)) {
                throw new IllegalStateException("erreur injectée");
            }
            return engine.check(name, files, options);
        };

        Evaluation all = new Evaluator(engine).evaluate(gold);
        Evaluation withFailure = new Evaluator(failingOnOne).evaluate(gold);

        assertThat(withFailure.failures()).singleElement()
                .satisfies(f -> assertThat(f.dossier()).isEqualTo("dev/" + broken))
                .satisfies(f -> assertThat(f.error()).contains("erreur injectée"));
        assertThat(withFailure.labels()).isEqualTo(all.labels());
        assertThat(withFailure.accuracy()).isLessThan(all.accuracy());
        // The other dossier is still scored: its disagreements are all there.
        assertThat(withFailure.disagreements())
                .containsExactlyElementsOf(all.disagreements().stream().filter(d -> !d.dossier().endsWith("/" + broken)).toList());
    }
}
