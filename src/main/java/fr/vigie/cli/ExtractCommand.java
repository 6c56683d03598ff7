package fr.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.vigie.document.Document;
import fr.vigie.document.DocumentFailure;
import fr.vigie.document.Sentence;
import fr.vigie.ingest.DefaultDocumentReader;
import fr.vigie.ingest.DocumentReader;
import fr.vigie.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `vigie extract`: prints the document model (pages, sections, sentences) of each file. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lit des documents et affiche leur texte phrase par phrase, avec page et article.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FICHIER", description = "Documents à lire (PDF, DOCX, DOC, ODT, RTF, HTML, TXT).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json ou text (défaut : ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ReadOptions read = new ReadOptions();

    @Spec
    CommandSpec spec;

    /** JSON form of one sentence (docs/extract-json.md). */
    record SentenceView(String text, int page, String section, int start, int end) {
    }

    record DocumentView(String name, String sha256, String mediaType, int pages, String language, boolean bilingual,
                        List<String> warnings, List<SentenceView> sentences) {
    }

    record Output(List<DocumentView> documents, List<DocumentFailure> failures) {
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json") && !format.equals("text")) {
            spec.commandLine().getErr().println("Format inconnu « " + format + " » : json ou text.");
            return ExitCode.USAGE.code();
        }
        DocumentReader reader = new DefaultDocumentReader(read.limits());
        List<Document> documents = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (Path file : files) {
            ReadResult result = reader.read(file);
            if (result instanceof ReadResult.Read r) {
                documents.add(r.document());
            } else if (result instanceof ReadResult.Failed f) {
                failures.add(f.failure());
                spec.commandLine().getErr().println(f.failure().name() + " : " + f.failure().message());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(new Output(documents.stream().map(ExtractCommand::view).toList(), failures)));
        } else {
            documents.forEach(d -> printText(d, out));
        }
        out.flush();
        return ReadOptions.exitCode(failures, files.size());
    }

    private static DocumentView view(Document d) {
        return new DocumentView(d.name(), d.sha256(), d.mediaType(), d.pageCount(), d.language(), d.bilingual(),
                d.warnings(), d.sentences().stream().map(ExtractCommand::view).toList());
    }

    private static SentenceView view(Sentence s) {
        return new SentenceView(s.text(), s.page(), s.section().label(), s.start(), s.end());
    }

    private static void printText(Document d, PrintWriter out) {
        out.println("== " + d.name() + " — " + d.pageCount() + " page(s), langue " + d.language()
                + (d.bilingual() ? " (bilingue)" : ""));
        d.warnings().forEach(w -> out.println("   ! " + w));
        String section = null;
        for (Sentence s : d.sentences()) {
            if (!s.section().label().equals(section)) {
                section = s.section().label();
                out.println("  [" + (section.isEmpty() ? "préambule" : section) + "]");
            }
            out.println("  p." + s.page() + "  " + s.text());
        }
    }
}
