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
import java.util.concurrent.CompletableFuture;

/** The whole pipeline with one rule pack: read, extract, evaluate, settle, report. Thread-safe. */
public final class RulePackChecker implements DossierChecker {

    private final RulePack pack;
    private final DocumentReader reader;
    /** The compiled rules and the vocabulary: ready at once, or still being built in the background. */
    private final CompletableFuture<Engine> engine;

    private final boolean parallel;

    private record Engine(Evaluator evaluator, FactExtractor extractor) {
    }

    public RulePackChecker(RulePack pack, Evaluator evaluator, DocumentReader reader, FactExtractor extractor) {
        this(pack, CompletableFuture.completedFuture(new Engine(evaluator, extractor)), reader, true);
    }

    private RulePackChecker(RulePack pack, CompletableFuture<Engine> engine, DocumentReader reader, boolean parallel) {
        this.parallel = parallel;
        this.pack = pack;
        this.engine = engine;
        this.reader = reader;
    }

    /** Loads and compiles the pack (from the compiled-rules cache when unchanged). */
    public static RulePackChecker open(Path packDir, IngestLimits limits) {
        RulePack pack = RulePackLoader.load(packDir);
        return new RulePackChecker(pack, CompletableFuture.completedFuture(build(pack)), new DefaultDocumentReader(limits), true);
    }

    /** The pack's compiled rules and its vocabulary: the slow part of opening a pack. */
    private static Engine build(RulePack pack) {
        Evaluator evaluator = new Evaluator(pack, KieBaseFactory.withDefaultCache().build(pack));
        return new Engine(evaluator, VocabularyFactExtractor.load(pack.vocabularyDir()));
    }

    /**
     * Loads the pack's description now (its id, profiles and content hash are needed at once) and compiles its
     * rules and vocabulary on a background thread: for callers that have documents to read first (the sweep),
     * which then take seconds of a cold start on the other core. A check waits for them only after reading; if
     * they cannot be built, every check throws {@link DossierChecker.Unavailable} with the pack's own error.
     */
    public static RulePackChecker openInBackground(Path packDir, IngestLimits limits) {
        RulePack pack = RulePackLoader.load(packDir);
        // Logging is set up here, on one thread: SLF4J initialised by two threads at once (Drools on the builder,
        // Tika or PDFBox on a reader) replays the calls made meanwhile and says so on standard error.
        org.slf4j.LoggerFactory.getILoggerFactory();
        CompletableFuture<Engine> engine = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                engine.complete(build(pack));
            } catch (Throwable e) {
                engine.completeExceptionally(e);
            }
        }, "vigie-paquet");
        builder.setDaemon(true);
        builder.start();
        return new RulePackChecker(pack, engine, new DefaultDocumentReader(limits), true);
    }

    /** Waits until the rules and vocabulary are built; their error, if any, as {@link DossierChecker.Unavailable}. */
    public RulePackChecker ready() {
        engine();
        return this;
    }

    private Engine engine() {
        try {
            return engine.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new DossierChecker.Unavailable(e.getCause());
        }
    }

    /**
     * The same checker reading and analysing the documents of a dossier on the calling thread only: for
     * callers that already run one dossier per core (the sweep), where nested parallelism costs more
     * than it brings.
     */
    public RulePackChecker sequential() {
        return new RulePackChecker(pack, engine.thenApply(e -> new Engine(e.evaluator(), e.extractor().sequential())),
                reader, false);
    }

    /** Sentences analysed and sentences found already read (see {@link fr.vigie.extract.SentenceReadings}). */
    public fr.vigie.extract.SentenceReadings.Stats readingStats() {
        return engine().extractor().readingStats();
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
        Engine engine = engine();
        FactExtractor extractor = engine.extractor();
        Evaluator evaluator = engine.evaluator();
        long t1 = System.nanoTime();
        List<ExtractedFacts> extracted = extractor.settle(documents, extractor.extract(documents, parallel));
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
