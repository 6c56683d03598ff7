package fr.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The `vigie` command line. */
@Command(name = "vigie", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Vérifie la conformité des contrats informatiques des établissements de santé.",
        subcommands = {ExtractCommand.class, CheckCommand.class, SweepCommand.class, ServeCommand.class, EvalCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nCodes de sortie :%n",
        commandListHeading = "%nCommandes :%n",
        optionListHeading = "%nOptions :%n",
        usageHelpAutoWidth = true)
public final class VigieMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    /** The configured command line: French help, UTF-8 output, no stack traces for users. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new VigieMain());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL_ERROR.code());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Erreur interne : " + e.getMessage()
                    + " (relancez avec VIGIE_DEBUG=1 pour le détail).");
            if (System.getenv("VIGIE_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCode.USAGE.code();
        });
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nCodes de sortie :%n")
                    .exitCodeList(ExitCode.helpList());
        }
        cli.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
        return cli;
    }
}
