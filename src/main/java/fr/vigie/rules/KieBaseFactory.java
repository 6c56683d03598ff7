package fr.vigie.rules;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles the DRL files and decision tables of a pack into a KieBase (executable model).
 * Compiling costs seconds, so the compiled module is kept in a cache folder keyed by the pack's
 * content hash: an unchanged pack starts from the cache, a changed pack is recompiled.
 */
public final class KieBaseFactory {

    private static final Logger LOG = LoggerFactory.getLogger(KieBaseFactory.class);

    private final Path cacheDir;

    /** @param cacheDir where compiled modules are kept, or null for no cache */
    public KieBaseFactory(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The default cache: {@code $VIGIE_CACHE_DIR}, else {@code ~/.cache/vigie/kjar}. */
    public static KieBaseFactory withDefaultCache() {
        String env = System.getenv("VIGIE_CACHE_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "vigie", "kjar");
        return new KieBaseFactory(dir);
    }

    public KieBase build(RulePack pack) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("fr.vigie.pack", pack.id(), "h" + pack.contentHash().substring(0, 16));
        KieBase cached = fromCache(ks, releaseId, pack);
        if (cached != null) {
            return cached;
        }
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        List<Path> sources = ruleSources(pack.root());
        if (sources.isEmpty()) {
            throw new PackException("Le paquet " + pack.id() + " ne contient aucun fichier de règles (.drl, .drl.csv, .drl.xlsx).");
        }
        for (Path source : sources) {
            String relative = pack.root().relativize(source).toString().replace('\\', '/');
            kfs.write("src/main/resources/" + relative, ks.getResources().newFileSystemResource(source.toFile()));
        }
        KieBuilder builder;
        try {
            builder = buildAll(ks, kfs);
        } catch (RuntimeException e) {
            // Decision-table parse errors surface as exceptions naming the file and cell, not as messages.
            throw new PackException("Les règles du paquet " + pack.id() + " ne se compilent pas.",
                    List.of(String.valueOf(e.getMessage()).strip()));
        }
        List<String> diagnostics = new ArrayList<>();
        boolean errors = false;
        for (Message m : builder.getResults().getMessages()) {
            errors |= m.getLevel() == Message.Level.ERROR;
            diagnostics.add(describe(m));
        }
        if (errors) {
            throw new PackException("Les règles du paquet " + pack.id() + " ne se compilent pas.", diagnostics);
        }
        diagnostics.forEach(d -> LOG.warn("{}", d));
        KieModule module = builder.getKieModule();
        KieBase base = ks.newKieContainer(module.getReleaseId()).getKieBase();
        int rules = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        if (rules == 0) {
            throw new PackException("Le paquet " + pack.id() + " se compile mais ne contient aucune règle "
                    + "(une table de décision doit être nommée *.drl.csv ou *.drl.xlsx).");
        }
        store(module, releaseId);
        return base;
    }

    /**
     * Drools generates the executable model of large packages on parallel threads; when a rule does not parse,
     * those threads collect the error into one list and may fail with a ConcurrentModificationException instead
     * of the message naming file and line. A legal author must get that message: the build is then run again
     * on one thread.
     */
    private static KieBuilder buildAll(KieServices ks, KieFileSystem kfs) {
        try {
            return ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            if (!raceInParallelBuild(e)) {
                throw e;
            }
            kfs.writeKModuleXML(ks.newKieModuleModel()
                    .setConfigurationProperty("drools.parallelRulesBuildThreshold", "-1").toXML());
            return ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        }
    }

    private static boolean raceInParallelBuild(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.ConcurrentModificationException) {
                return true;
            }
        }
        return false;
    }

    /** Rule sources of a pack: every .drl, .drl.csv and .drl.xlsx outside fixtures. */
    static List<Path> ruleSources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString();
                        return n.endsWith(".drl") || n.endsWith(".drl.csv") || n.endsWith(".drl.xlsx");
                    })
                    .filter(f -> !root.relativize(f).startsWith("fixtures"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Message m) {
        String where = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
        if (m.getLine() > 0) {
            where += ":" + m.getLine() + (m.getColumn() > 0 ? ":" + m.getColumn() : "");
        }
        String level = switch (m.getLevel()) {
            case ERROR -> "erreur";
            case WARNING -> "avertissement";
            default -> "information";
        };
        return (where.isEmpty() ? "" : where + " : ") + level + " — " + m.getText().strip();
    }

    private KieBase fromCache(KieServices ks, ReleaseId releaseId, RulePack pack) {
        if (cacheDir == null) {
            return null;
        }
        Path file = cacheFile(releaseId);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            KieBase base = fromModelClasses(file, releaseId);
            if (base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum() > 0) {
                return base;
            }
        } catch (RuntimeException | IOException | ReflectiveOperationException | LinkageError e) {
            LOG.warn("Cache des règles illisible ({}), recompilation du paquet {}", file, pack.id(), e);
        }
        return null;
    }

    /**
     * Builds the KieBase straight from the executable-model classes of a cached module. Going
     * through {@code KieRepository}/{@code KieContainer} instead would parse kmodule.xml and the pom
     * with XStream and XSD validation, which costs more than a second of a cold start.
     */
    private static KieBase fromModelClasses(Path jar, ReleaseId releaseId)
            throws IOException, ReflectiveOperationException {
        // Left open on purpose: the rules load their lambda classes lazily for as long as the base lives.
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, KieBaseFactory.class.getClassLoader());
        String index = "META-INF/kie/" + releaseId.getGroupId() + "/" + releaseId.getArtifactId() + "/drools-model";
        List<Model> models = new ArrayList<>();
        try (var in = loader.getResourceAsStream(index)) {
            if (in == null) {
                throw new IOException("index des modèles absent : " + index);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add((Model) loader.loadClass(name).getConstructor().newInstance());
                }
            }
        }
        if (models.isEmpty()) {
            throw new IOException("aucun modèle dans " + index);
        }
        return KieBaseBuilder.createKieBaseFromModel(models, KieServices.Factory.get().newKieBaseConfiguration(null, loader));
    }

    private void store(KieModule module, ReleaseId releaseId) {
        if (cacheDir == null || !(module instanceof InternalKieModule internal)) {
            return;
        }
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, "kjar", ".tmp");
            Files.write(tmp, internal.getBytes());
            // Atomic so a concurrent run never reads a half-written module.
            Files.move(tmp, cacheFile(releaseId), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Impossible d'écrire le cache des règles dans {}", cacheDir, e);
        }
    }

    private Path cacheFile(ReleaseId releaseId) {
        return cacheDir.resolve(releaseId.getArtifactId() + "-" + releaseId.getVersion() + ".jar");
    }
}
