package fr.vigie.cli;

import fr.vigie.web.VigieWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** `vigie serve`: the buyers' web application, on an embedded database unless configured otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Démarre l'application web : dépôt de dossiers, rapports, historique, API REST (/api, OpenAPI sur /v3/api-docs).",
                "Sans configuration : base H2 et fichiers sous VIGIE_DATA_DIR (défaut ~/.vigie) ; comptes de démonstration "
                        + "acheteur, juriste, auditeur et admin si VIGIE_DEMO_PASSWORD est défini."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "Port HTTP (défaut : 8080, ou $PORT).")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "RÉPERTOIRE", description = "Données : base embarquée et documents déposés.")
    Path dataDir;

    @Option(names = "--pack", paramLabel = "RÉPERTOIRE", description = "Paquet de règles, rechargé à chaud quand il change.")
    Path pack;

    @Option(names = "--profile", paramLabel = "PROFIL", split = ",",
            description = "Profils Spring : postgres (base PostgreSQL), prod (aucun compte de démonstration).")
    List<String> springProfiles = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add("--vigie.data-dir=" + dataDir.toAbsolutePath());
        }
        if (pack != null) {
            args.add("--vigie.pack=" + pack.toAbsolutePath());
        }
        if (!springProfiles.isEmpty()) {
            args.add("--spring.profiles.active=" + String.join(",", springProfiles));
        }
        ConfigurableApplicationContext context = VigieWebApplication.start(args.toArray(String[]::new));
        int actualPort = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
        spec.commandLine().getErr().println("Vigie est prêt : http://localhost:" + actualPort + "/ (Ctrl-C pour arrêter)");
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return ExitCode.OK.code();
    }
}
