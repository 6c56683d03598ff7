package fr.vigie.rules;

import fr.vigie.check.RulePackChecker;
import fr.vigie.extract.VocabularyFactExtractor;
import fr.vigie.ingest.DefaultDocumentReader;
import fr.vigie.ingest.IngestLimits;

import java.nio.file.Path;

/** The default pack of the repository, compiled once per test JVM (cache under target/). */
public final class TestPack {

    public static final Path ROOT = Path.of("rules", "sante-cloud");
    private static RulePackChecker checker;

    private TestPack() {
    }

    public static synchronized RulePackChecker checker() {
        if (checker == null) {
            RulePack pack = RulePackLoader.load(ROOT);
            Evaluator evaluator = new Evaluator(pack, new KieBaseFactory(Path.of("target", "kjar-cache")).build(pack));
            checker = new RulePackChecker(pack, evaluator, new DefaultDocumentReader(IngestLimits.defaults().withOcr(false)),
                    VocabularyFactExtractor.load(pack.vocabularyDir()));
        }
        return checker;
    }
}
