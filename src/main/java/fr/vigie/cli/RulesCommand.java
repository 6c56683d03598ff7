package fr.vigie.cli;

import fr.vigie.check.RulePackChecker;
import fr.vigie.extract.VocabularyFactExtractor;
import fr.vigie.ingest.IngestLimits;
import fr.vigie.rules.RequirementSpec;
import fr.vigie.rules.cases.RuleCase;
import fr.vigie.rules.cases.RuleCaseLoader;
import fr.vigie.rules.cases.RuleCaseRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `vigie rules`: commands for the authors of rule packs. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Outils des auteurs de paquets de règles : valider, tester, documenter.",
        subcommands = {RulesCommand.Validate.class, RulesCommand.Test.class, RulesCommand.Doc.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Topic ids a rule file refers to: about("x"), has("x"), affirms("x"), denies("x"), excepts("x"), hoursNear("x")… */
    private static final Pattern TOPIC_USE = Pattern.compile(
            "(?:about|has|affirms|denies|excepts|hoursNear|percentNear)\\(\"([a-z0-9-]+)\"\\)");

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Vérifie un paquet : métadonnées, vocabulaire, compilation des règles (fichier et ligne), "
                    + "exigences sans règles ni cas, sujets inconnus ou jamais utilisés.")
    static final class Validate implements java.util.concurrent.Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PAQUET", description = "Répertoire du paquet (par exemple rules/sante-cloud).")
        Path pack;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PackOptions options = new PackOptions();
            options.pack = pack;
            RulePackChecker checker = options.open(IngestLimits.defaults(), err);
            if (checker == null) {
                return ExitCode.PACK_INVALID.code();
            }
            List<String> problems = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Set<String> used = new TreeSet<>();
            for (Path drl : drlFiles(pack)) {
                String text = Files.readString(drl);
                Matcher m = TOPIC_USE.matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
            // The topics by which a document says it prevails, yields, keeps the rest in force… are used by the engine
            // itself (pack.yaml).
            used.addAll(checker.pack().engineTopics());
            Set<String> defined = VocabularyFactExtractor.load(checker.pack().vocabularyDir()).vocabulary().topicIds();
            used.stream().filter(t -> !defined.contains(t))
                    .forEach(t -> problems.add("sujet « " + t + " » utilisé par une règle mais défini dans aucun fichier vocabulary/topics/"));
            defined.stream().filter(t -> !used.contains(t))
                    .forEach(t -> warnings.add("sujet « " + t + " » défini dans le vocabulaire mais jamais utilisé par une règle"));
            Map<String, Long> cases = new LinkedHashMap<>();
            try {
                RuleCaseLoader.load(pack).forEach(c -> cases.merge(c.requirement(), 1L, Long::sum));
            } catch (fr.vigie.rules.PackException e) {
                problems.add(e.getMessage());
            }
            for (RequirementSpec r : checker.pack().requirements()) {
                Path drl = pack.resolve(r.domain()).resolve(r.id() + ".drl");
                if (!Files.isRegularFile(drl) || !Files.readString(drl).contains("\"" + r.id() + " ")) {
                    problems.add(r.domain() + "/" + r.id() + ".drl : aucune règle pour l'exigence " + r.id());
                }
                if (!cases.containsKey(r.id())) {
                    problems.add(r.domain() + "/" + r.id() + ".cases.yaml : l'exigence " + r.id() + " n'a aucun cas de test");
                }
            }
            warnings.forEach(w -> out.println("avertissement : " + w));
            problems.forEach(p -> err.println("erreur : " + p));
            out.println("Paquet " + checker.pack().id() + " " + checker.pack().version() + " : "
                    + checker.pack().requirements().size() + " exigences, " + problems.size() + " erreur(s), "
                    + warnings.size() + " avertissement(s).");
            return problems.isEmpty() ? ExitCode.OK.code() : ExitCode.PACK_INVALID.code();
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Exécute tous les cas de test du paquet (fichiers *.cases.yaml) et affiche le résultat par exigence.")
    static final class Test implements java.util.concurrent.Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PAQUET", description = "Répertoire du paquet.")
        Path pack;

        @Option(names = "--junit", paramLabel = "FICHIER", description = "Écrit aussi le résultat au format JUnit XML (pour l'intégration continue).")
        Path junit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PackOptions options = new PackOptions();
            options.pack = pack;
            RulePackChecker checker = options.open(IngestLimits.defaults().withOcr(false), spec.commandLine().getErr());
            if (checker == null) {
                return ExitCode.PACK_INVALID.code();
            }
            RuleCaseRunner runner = new RuleCaseRunner(checker);
            List<RuleCase> cases;
            try {
                cases = RuleCaseLoader.load(pack);
            } catch (fr.vigie.rules.PackException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ExitCode.PACK_INVALID.code();
            }
            List<RuleCaseRunner.Outcome> outcomes = cases.stream().map(runner::run).toList();
            int failed = 0;
            int knownGaps = 0;
            for (RuleCaseRunner.Outcome o : outcomes) {
                RuleCase c = o.ruleCase();
                String verdict = o.passed() ? "OK   " : c.knownGap() ? "CONNU" : "ÉCHEC";
                out.println(verdict + " " + c.requirement() + " — " + c.description() + (o.passed() ? "" : "\n      " + o.detail()));
                failed += !o.passed() && !c.knownGap() ? 1 : 0;
                knownGaps += !o.passed() && c.knownGap() ? 1 : 0;
            }
            out.println(outcomes.size() - failed - knownGaps + " réussi(s), " + failed + " échec(s), " + knownGaps + " écart(s) connu(s)");
            if (junit != null) {
                Files.writeString(junit, junitXml(checker.pack().id(), outcomes));
            }
            return failed == 0 ? ExitCode.OK.code() : ExitCode.PACK_INVALID.code();
        }

        private static String junitXml(String pack, List<RuleCaseRunner.Outcome> outcomes) {
            StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            long failures = outcomes.stream().filter(o -> !o.passed() && !o.ruleCase().knownGap()).count();
            long skipped = outcomes.stream().filter(o -> !o.passed() && o.ruleCase().knownGap()).count();
            x.append("<testsuite name=\"").append(escape(pack)).append("\" tests=\"").append(outcomes.size())
                    .append("\" failures=\"").append(failures).append("\" skipped=\"").append(skipped).append("\">\n");
            for (RuleCaseRunner.Outcome o : outcomes) {
                x.append("  <testcase classname=\"").append(escape(pack + "." + o.ruleCase().requirement()))
                        .append("\" name=\"").append(escape(o.ruleCase().description())).append("\"");
                if (o.passed()) {
                    x.append("/>\n");
                } else if (o.ruleCase().knownGap()) {
                    x.append("><skipped message=\"").append(escape(o.detail())).append("\"/></testcase>\n");
                } else {
                    x.append("><failure message=\"").append(escape(o.detail())).append("\"/></testcase>\n");
                }
            }
            return x.append("</testsuite>\n").toString();
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    @Command(name = "doc", mixinStandardHelpOptions = true,
            description = "Génère le catalogue du paquet (Markdown et HTML) : une page par exigence avec sa référence, sa gravité "
                    + "et ses seuils par profil, la clause à ajouter, et des exemples tirés des cas de test.")
    static final class Doc implements java.util.concurrent.Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PAQUET", description = "Répertoire du paquet.")
        Path pack;

        @Option(names = "--out", paramLabel = "RÉPERTOIRE", description = "Où écrire les pages (défaut : docs/packs/<id du paquet>).")
        Path out;

        @Option(names = "--format", defaultValue = "both", paramLabel = "FORMAT", description = "md, html ou both (défaut).")
        String format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!Set.of("md", "html", "both").contains(format)) {
                err.println("--format : md, html ou both, trouvé « " + format + " ».");
                return ExitCode.USAGE.code();
            }
            fr.vigie.rules.RulePack loaded;
            try {
                loaded = fr.vigie.rules.RulePackLoader.load(pack);
            } catch (fr.vigie.rules.PackException e) {
                err.println(e.getMessage());
                e.diagnostics().forEach(d -> err.println("  " + d));
                return ExitCode.PACK_INVALID.code();
            }
            Path target = out != null ? out : Path.of("docs", "packs", loaded.id());
            List<Path> written = new fr.vigie.rules.doc.PackCatalog(loaded).write(target, !format.equals("html"), !format.equals("md"));
            spec.commandLine().getOut().println("Catalogue du paquet " + loaded.id() + " " + loaded.version() + " : "
                    + written.size() + " fichiers dans " + target + " (ouvrir " + target.resolve(format.equals("md") ? "index.md" : "index.html") + ").");
            return ExitCode.OK.code();
        }
    }

    private static List<Path> drlFiles(Path pack) throws java.io.IOException {
        try (var walk = Files.walk(pack)) {
            return walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }
}
