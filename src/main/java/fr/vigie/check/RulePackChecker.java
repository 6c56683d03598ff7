package fr.vigie.check;

import fr.vigie.document.Document;
import fr.vigie.document.DocumentFailure;
import fr.vigie.extract.ExtractedFacts;
import fr.vigie.extract.FactExtractor;
import fr.vigie.extract.VocabularyFactExtractor;
import fr.vigie.ingest.DefaultDocumentReader;
import fr.vigie.ingest.DocumentReader;
import fr.vigie.ingest.IngestLimits;
import fr.vigie.ingest.ReadResult;
import fr.vigie.report.GapReport;
import fr.vigie.rules.Evaluation;
import fr.vigie.rules.Evaluator;
import fr.vigie.rules.KieBaseFactory;
import fr.vigie.rules.RulePack;
import fr.vigie.rules.RulePackLoader;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The whole pipeline with one rule pack: read, extract, evaluate, settle, report. Thread-safe. */
public final class RulePackChecker implements DossierChecker {

    private final RulePack pack;
    private final Evaluator evaluator;
    private final DocumentReader reader;
    private final FactExtractor extractor;

    private final boolean parallel;

    public RulePackChecker(RulePack pack, Evaluator evaluator, DocumentReader reader, FactExtractor extractor) {
        this(pack, evaluator, reader, extractor, true);
    }

    private RulePackChecker(RulePack pack, Evaluator evaluator, DocumentReader reader, FactExtractor extractor,
                            boolean parallel) {
        this.parallel = parallel;
        this.pack = pack;
        this.evaluator = evaluator;
        this.reader = reader;
        this.extractor = extractor;
    }

    /** Loads and compiles the pack (from the compiled-rules cache when unchanged). */
    public static RulePackChecker open(Path packDir, IngestLimits limits) {
        RulePack pack = RulePackLoader.load(packDir);
        Evaluator evaluator = new Evaluator(pack, KieBaseFactory.withDefaultCache().build(pack));
        return new RulePackChecker(pack, evaluator, new DefaultDocumentReader(limits),
                VocabularyFactExtractor.load(pack.vocabularyDir()));
    }

    /**
     * The same checker reading and analysing the documents of a dossier on the calling thread only: for
     * callers that already run one dossier per core (the sweep), where nested parallelism costs more
     * than it brings.
     */
    public RulePackChecker sequential() {
        return new RulePackChecker(pack, evaluator, reader, extractor.sequential(), false);
    }

    /** Sentences analysed and sentences found already read (see {@link fr.vigie.extract.SentenceReadings}). */
    public fr.vigie.extract.SentenceReadings.Stats readingStats() {
        return extractor.readingStats();
    }

    public RulePack pack() {
        return pack;
    }

    /** Per-stage wall times of one check, in milliseconds, for benchmarks. */
    public record Timings(long read, long extract, long rules, long report) {
    }

    /** The report and how long each stage took. */
    public record TimedReport(GapReport report, Timings timings) {
    }

    @Override
    public GapReport check(String dossierName, List<Path> files, CheckOptions options) {
        return checkTimed(dossierName, files, options).report();
    }

    /** The documents of a dossier that could be read, and those that could not. */
    public record ReadDossier(List<Document> documents, List<DocumentFailure> failures) {
        public ReadDossier {
            documents = List.copyOf(documents);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Reads the files (or folders) of a dossier. Static so that a caller can read while the pack is
     * still being compiled: both take seconds from a cold JVM and need nothing from each other.
     */
    public static ReadDossier read(DocumentReader reader, List<Path> files) {
        return read(reader, files, true);
    }

    private static ReadDossier read(DocumentReader reader, List<Path> files, boolean parallel) {
        List<Path> inputs = DossierFiles.expand(files);
        List<ReadResult> results = (parallel ? inputs.parallelStream() : inputs.stream()).map(reader::read).toList();
        List<Document> documents = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (ReadResult r : results) {
            if (r instanceof ReadResult.Read read) {
                documents.add(read.document());
            } else if (r instanceof ReadResult.Failed failed) {
                failures.add(failed.failure());
            }
        }
        return new ReadDossier(documents, failures);
    }

    public TimedReport checkTimed(String dossierName, List<Path> files, CheckOptions options) {
        long t0 = System.nanoTime();
        ReadDossier read = read(reader, files, parallel);
        TimedReport judged = judge(dossierName, read, options);
        Timings t = judged.timings();
        return new TimedReport(judged.report(), new Timings(ms(System.nanoTime() - t0) - t.extract() - t.rules() - t.report(),
                t.extract(), t.rules(), t.report()));
    }

    /** Extracts, evaluates and reports on documents already read. */
    public GapReport check(String dossierName, ReadDossier read, CheckOptions options) {
        return judge(dossierName, read, options).report();
    }

    private TimedReport judge(String dossierName, ReadDossier read, CheckOptions options) {
        List<Document> documents = read.documents();
        long t1 = System.nanoTime();
        List<ExtractedFacts> extracted = (parallel ? documents.parallelStream() : documents.stream())
                .map(extractor::extract).toList();
        List<Object> facts = new ArrayList<>();
        extracted.forEach(e -> facts.addAll(e.all()));
        long t2 = System.nanoTime();
        Evaluation evaluation = evaluator.evaluate(facts, options.profile(), options.assumptions());
        long t3 = System.nanoTime();
        List<GapReport.DocumentInfo> infos = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            infos.add(new GapReport.DocumentInfo(d.name(), d.sha256(), d.pageCount(), extracted.get(i).documentKind(),
                    d.language()));
        }
        GapReport report = new GapReport(GapReport.SCHEMA, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                new GapReport.DossierInfo(dossierName, infos, read.failures()),
                new GapReport.PackRef(pack.id(), pack.version(), pack.contentHash()), evaluation.profile(),
                options.assumptions(), evaluation.conditions(), GapReport.summarize(evaluation.results()),
                GapReport.verdictOf(evaluation.results()), evaluation.results());
        long t4 = System.nanoTime();
        return new TimedReport(report, new Timings(0, ms(t2 - t1), ms(t3 - t2), ms(t4 - t3)));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
